package vn.doanket.budget;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Estimates, norms, warnings, spending and settlement through the API and the pages, as the demo accounts. Each test
 * works on its own commune of Đắk Glei in 2024 (the demo budget is 2023), so the tests do not depend on each other.
 */
@IntegrationTest
class BudgetEstimateIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestHttp as(String user) {
		return TestHttp.basic(port, user);
	}

	long create(String unitCode, String linesJson) {
		HttpResponse<String> created = as("ketoan.kontum").postJson("/api/v1/budget-estimates",
				"{\"unitCode\":\"" + unitCode + "\",\"year\":2024,\"lines\":{" + linesJson + "}}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ((Number) JsonPath.read(created.body(), "$.estimate.id")).longValue();
	}

	void approve(long id, String user) {
		HttpResponse<String> approved = as(user).postJson("/api/v1/budget-estimates/" + id + "/approve", "");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
	}

	/** The first value a filter finds. */
	static long first(String json, String path) {
		List<Number> values = JsonPath.read(json, path);
		assertThat(values).as(path).isNotEmpty();
		return values.get(0).longValue();
	}

	static long number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	@Test
	void areaNormsFollowTheHouseholdCountsAtTheBoundaries() {
		for (int households : List.of(699, 700, 899, 900, 901)) {
			HttpResponse<String> area = as("tinh.kontum").postJson("/api/v1/units/23371/residential-areas?at=2023-06-01",
					"{\"name\":\"Thôn thử " + households + "\",\"type\":\"thôn\",\"households\":" + households + ",\"population\":"
							+ households * 4 + "}");
			assertThat(area.statusCode()).as(area.body()).isEqualTo(201);
		}
		String body = as("tinh.kontum").get("/api/v1/units/23371/budget-norms?at=2023-06-01&year=2024").body();
		assertThat(JsonPath.<Boolean>read(body, "$.difficult")).isFalse();
		Map<Integer, Integer> expected = Map.of(699, 5_000_000, 700, 6_000_000, 899, 6_000_000, 900, 7_000_000, 901, 7_000_000);
		expected.forEach((households, minimum) -> assertThat(
				JsonPath.<List<Integer>>read(body, "$.areas[?(@.name == 'Thôn thử " + households + "')].minimum"))
			.as("%d households", households)
			.containsExactly(minimum));
		long areaMinimums = number(body, "$.areaMinimums");
		List<Integer> minimums = JsonPath.read(body, "$.areas[*].minimum");
		assertThat(areaMinimums).isEqualTo(minimums.stream().mapToLong(Integer::longValue).sum());

		long id = create("23371", "\"COMMUNE_SUPPORT\":25000000,\"AREA_SUPPORT\":" + areaMinimums);
		String estimate = as("ketoan.kontum").get("/api/v1/budget-estimates/" + id).body();
		assertThat(first(estimate, "$.lines[?(@.line == 'AREA_SUPPORT')].norm")).isEqualTo(areaMinimums);
		assertThat(first(estimate, "$.lines[?(@.line == 'COMMUNE_SUPPORT')].norm")).isEqualTo(25_000_000);
		assertThat(first(estimate, "$.lines[?(@.line == 'UNITY_DAY')].norm")).isEqualTo(number(body, "$.unityDayGrants"));
		assertThat(JsonPath.<List<String>>read(estimate, "$.warnings[*].line")).containsExactly("UNITY_DAY");
	}

	@Test
	void anEstimateBelowTheNormIsWarnedOnTheLineAndOnThePage() {
		long id = create("23368", "\"COMMUNE_SUPPORT\":24999999,\"AREA_SUPPORT\":1000000,\"UNITY_DAY\":1000000000");
		String body = as("ketoan.kontum").get("/api/v1/budget-estimates/" + id).body();
		assertThat(JsonPath.<List<String>>read(body, "$.warnings[?(@.kind == 'BELOW_NORM')].line"))
			.containsExactlyInAnyOrder("COMMUNE_SUPPORT", "AREA_SUPPORT");
		assertThat(JsonPath.<List<String>>read(body, "$.warnings[*].message"))
			.contains("Hỗ trợ Ủy ban MTTQ xã: dự toán 24.999.999 đ thấp hơn định mức 25.000.000 đ");
		String page = TestHttp.session(port, "ketoan.kontum").get("/budget/estimates/" + id).body();
		assertThat(page).contains("id=\"warnings\"").contains("thấp hơn định mức 25.000.000 đ");

		HttpResponse<String> fixed = as("ketoan.kontum").putJson("/api/v1/budget-estimates/" + id + "/lines",
				"{\"lines\":{\"COMMUNE_SUPPORT\":25000000}}");
		assertThat(fixed.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(fixed.body(), "$.warnings[*].line")).containsExactly("AREA_SUPPORT");
	}

	@Test
	void spendingAboveTheLinesEstimateIsRecordedWithAWarning() {
		long id = create("23374", "\"PROPAGANDA\":10000000");
		approve(id, "huyen.dakglei");
		String first = as("ketoan.kontum").postJson("/api/v1/budget-estimates/" + id + "/spending",
				"{\"budgetLine\":\"PROPAGANDA\",\"spentOn\":\"2024-03-01\",\"amount\":10000000,\"voucherNumber\":\"C01\",\"description\":\"In tờ rơi\"}")
			.body();
		assertThat(JsonPath.<List<Object>>read(first, "$.warnings")).isEmpty();
		HttpResponse<String> over = as("ketoan.kontum").postJson("/api/v1/budget-estimates/" + id + "/spending",
				"{\"budgetLine\":\"PROPAGANDA\",\"spentOn\":\"2024-04-01\",\"amount\":1,\"voucherNumber\":\"C02\",\"description\":\"Phí chuyển\"}");
		assertThat(over.statusCode()).isEqualTo(201);
		assertThat(JsonPath.<List<String>>read(over.body(), "$.warnings[*].kind")).containsExactly("OVER_ESTIMATE");
		assertThat(JsonPath.<String>read(over.body(), "$.warnings[0].message"))
			.isEqualTo("Tuyên truyền, vận động: đã chi 10.000.001 đ, vượt dự toán 10.000.000 đ");
		assertThat(number(over.body(), "$.line.difference")).isEqualTo(-1);
		String page = TestHttp.session(port, "tinh.kontum").get("/budget/estimates/" + id).body();
		assertThat(page).contains("vượt dự toán 10.000.000 đ");
	}

	@Test
	void badSpendingIsRefusedWithTheFieldNamedAndNothingSaved() {
		long id = create("23359", "\"TRAINING\":5000000");
		String entry = "{\"budgetLine\":\"TRAINING\",\"spentOn\":\"2024-05-01\",\"amount\":100,\"voucherNumber\":\"X1\",\"description\":\"Tập huấn\"}";
		HttpResponse<String> draft = as("ketoan.kontum").postJson("/api/v1/budget-estimates/" + id + "/spending", entry);
		assertThat(draft.statusCode()).isEqualTo(400);
		assertThat(draft.body()).contains("Trạng thái: dự toán chưa được duyệt");
		approve(id, "tinh.kontum");
		Map<String, String> refusals = Map.of(entry.replace("\"amount\":100", "\"amount\":0"), "Số tiền: số tiền phải là số đồng nguyên lớn hơn 0",
				entry.replace("\"amount\":100", "\"amount\":-5"), "Số tiền: số tiền phải là số đồng nguyên lớn hơn 0",
				entry.replace("2024-05-01", "2023-12-31"), "Ngày chi: ngày chi phải thuộc năm 2024 của dự toán",
				entry.replace("\"TRAINING\"", "\"PICNIC\""), "Mục chi: không có mục chi “PICNIC”",
				entry.replace("\"X1\"", "\"\""), "Số chứng từ: bắt buộc phải nhập");
		refusals.forEach((json, message) -> {
			HttpResponse<String> refused = as("ketoan.kontum").postJson("/api/v1/budget-estimates/" + id + "/spending", json);
			assertThat(refused.statusCode()).as(json).isEqualTo(400);
			assertThat(JsonPath.<String>read(refused.body(), "$.message")).isEqualTo(message);
		});
		assertThat(jdbc.sql("select count(*) from budget_spending where estimate_id = :e").param("e", id).query(Long.class).single())
			.isZero();
		HttpResponse<String> form = TestHttp.session(port, "ketoan.kontum").postForm("/budget/estimates/" + id + "/spending",
				Map.of("budgetLine", "TRAINING", "spentOn", "2024-05-01", "amount", "abc", "voucherNumber", "X1", "description", "Tập huấn"));
		assertThat(form.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from budget_spending where estimate_id = :e").param("e", id).query(Long.class).single())
			.isZero();
	}

	@Test
	void anApprovedEstimateChangesOnlyByAnAdjustmentWithItsReason() {
		long id = create("23362", "\"INSPECTION\":4000000");
		approve(id, "huyen.dakglei");
		HttpResponse<String> edit = as("ketoan.kontum").putJson("/api/v1/budget-estimates/" + id + "/lines",
				"{\"lines\":{\"INSPECTION\":9000000}}");
		assertThat(edit.statusCode()).isEqualTo(400);
		assertThat(edit.body()).contains("dự toán đã duyệt không sửa được");
		assertThat(as("tinh.kontum").postJson("/api/v1/budget-estimates/" + id + "/approve", "").statusCode()).isEqualTo(400);
		HttpResponse<String> noReason = as("huyen.dakglei").postJson("/api/v1/budget-estimates/" + id + "/adjustments",
				"{\"budgetLine\":\"INSPECTION\",\"amount\":6000000,\"adjustmentReason\":\" \"}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("Lý do điều chỉnh: bắt buộc phải nhập");
		HttpResponse<String> adjusted = as("huyen.dakglei").postJson("/api/v1/budget-estimates/" + id + "/adjustments",
				"{\"budgetLine\":\"INSPECTION\",\"amount\":6000000,\"adjustmentReason\":\"Thêm đợt giám sát quý IV\"}");
		assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(200);
		assertThat(first(adjusted.body(), "$.lines[?(@.line == 'INSPECTION')].amount")).isEqualTo(6_000_000);
		assertThat(number(adjusted.body(), "$.adjustments[0].oldAmount")).isEqualTo(4_000_000);
		assertThat(JsonPath.<String>read(adjusted.body(), "$.adjustments[0].reason")).isEqualTo("Thêm đợt giám sát quý IV");
	}

	@Test
	void theSettlementTotalsEqualTheSumOfTheSpendingEntries() throws IOException {
		long id = jdbc.sql("select e.id from budget_estimate e join unit u on u.id = e.unit_id where u.code = '62' and e.year = 2023")
			.query(Long.class)
			.single();
		String estimate = as("tinh.kontum").get("/api/v1/budget-estimates/" + id).body();
		List<Number> entries = JsonPath.read(estimate, "$.spending[*].amount");
		long sum = entries.stream().mapToLong(Number::longValue).sum();
		assertThat(entries).isNotEmpty();
		String settlement = as("tinh.kontum").get("/api/v1/budget-estimates/" + id + "/settlement").body();
		assertThat(number(settlement, "$.totals.spent")).isEqualTo(sum);
		for (BudgetLine line : BudgetLine.values()) {
			List<Number> ofLine = JsonPath.read(estimate, "$.spending[?(@.line == '" + line + "')].amount");
			long spent = first(settlement, "$.lines[?(@.line == '" + line + "')].spent");
			long estimated = first(settlement, "$.lines[?(@.line == '" + line + "')].estimate");
			assertThat(spent).as(line.name()).isEqualTo(ofLine.stream().mapToLong(Number::longValue).sum());
			assertThat(first(settlement, "$.lines[?(@.line == '" + line + "')].difference")).isEqualTo(estimated - spent);
		}
		List<Number> estimates = JsonPath.read(settlement, "$.lines[*].estimate");
		assertThat(number(settlement, "$.totals.amount")).isEqualTo(estimates.stream().mapToLong(Number::longValue).sum());
		assertThat(JsonPath.<List<String>>read(estimate, "$.warnings[?(@.kind == 'OVER_ESTIMATE')].line")).containsExactly("STUDY_TOURS");

		HttpResponse<byte[]> xlsx = TestHttp.session(port, "tinh.kontum").getBytes("/budget/estimates/" + id + "/settlement.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			Row total = sheet.getRow(3 + BudgetLine.values().length);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(sum);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tuyên truyền, vận động");
		}
		String page = TestHttp.session(port, "tinh.kontum").get("/budget/estimates/" + id + "/settlement").body();
		assertThat(page).contains(Money.format(sum));
	}

	@Test
	void eachRoleActsOnlyWithinItsScopeAndCapability() {
		long province = jdbc.sql("select e.id from budget_estimate e join unit u on u.id = e.unit_id where u.code = '62' and e.year = 2023")
			.query(Long.class)
			.single();
		assertThat(as("huyen.dakglei").get("/api/v1/budget-estimates/" + province).statusCode()).isEqualTo(403);
		assertThat(as("phunu.kontum").get("/api/v1/budget-estimates/" + province).statusCode()).isEqualTo(403);
		String entry = "{\"budgetLine\":\"OTHER\",\"spentOn\":\"2023-05-01\",\"amount\":100,\"voucherNumber\":\"Z1\",\"description\":\"x\"}";
		assertThat(as("tinh.kontum").postJson("/api/v1/budget-estimates/" + province + "/spending", entry).statusCode()).isEqualTo(403);
		long id = create("23356", "\"OTHER\":1000000");
		assertThat(as("ketoan.kontum").postJson("/api/v1/budget-estimates/" + id + "/approve", "").statusCode()).isEqualTo(403);
		assertThat(as("xa.dakpek").postJson("/api/v1/budget-estimates/" + id + "/approve", "").statusCode()).isEqualTo(403);
		assertThat(as("huyen.dakglei").postJson("/api/v1/budget-estimates",
				"{\"unitCode\":\"23350\",\"year\":2024,\"lines\":{}}").statusCode()).isEqualTo(403);
		List<String> visible = JsonPath.read(as("huyen.dakglei").get("/api/v1/budget-estimates?year=2023").body(), "$[*].estimate.unitCode");
		assertThat(visible).contains("610", "23353").doesNotContain("62", "608");
		HttpResponse<String> duplicate = as("ketoan.kontum").postJson("/api/v1/budget-estimates",
				"{\"unitCode\":\"23356\",\"year\":2024,\"lines\":{}}");
		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(duplicate.body()).contains("Xã Đắk Choong đã có dự toán năm 2024");
	}

	@Test
	void aProvinceSetsItsNormsPerYearNeverBelowTheNationalMinimum() {
		String norms = "{\"communeMinimum\":30000000,\"areaBase\":6000000,\"areaThreshold\":700,\"areaStepHouseholds\":200,"
				+ "\"areaStepAmount\":1500000,\"difficultBonus\":2000000,\"unityDayGrant\":4000000}";
		assertThat(as("ketoan.kontum").putJson("/api/v1/budget-norms/62/2020", norms).statusCode()).isEqualTo(403);
		HttpResponse<String> negative = as("tinh.kontum").putJson("/api/v1/budget-norms/62/2020",
				norms.replace("\"unityDayGrant\":4000000", "\"unityDayGrant\":-1"));
		assertThat(negative.statusCode()).isEqualTo(400);
		assertThat(negative.body()).contains("Hỗ trợ Ngày hội Đại đoàn kết mỗi khu dân cư (đ/năm): không được là số âm");
		HttpResponse<String> low = as("tinh.kontum").putJson("/api/v1/budget-norms/62/2020",
				norms.replace("30000000", "15000000"));
		assertThat(low.statusCode()).isEqualTo(400);
		assertThat(low.body()).contains("không được thấp hơn mức tối thiểu 20.000.000 đ");
		assertThat(as("tinh.kontum").putJson("/api/v1/budget-norms/62/2020", norms).statusCode()).isEqualTo(200);
		String later = as("xa.dakpek").get("/api/v1/budget-norms/62/2021").body();
		assertThat(number(later, "$.fromYear")).isEqualTo(2020);
		assertThat(number(later, "$.norms.communeMinimum")).isEqualTo(30_000_000);
		String demo = as("xa.dakpek").get("/api/v1/budget-norms/62/2023").body();
		assertThat(number(demo, "$.norms.communeMinimum")).isEqualTo(25_000_000);
		assertThat(as("tinh.kontum").putJson("/api/v1/budget-norms/610/2020", norms).statusCode()).isEqualTo(400);
	}

}
