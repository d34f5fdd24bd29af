package vn.doanket.budget;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget pages as the accountant and the officers use them, the Word settlement report and difficult communes. */
@IntegrationTest
class BudgetPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long estimateOf(String code, int year) {
		return jdbc.sql("select e.id from budget_estimate e join unit u on u.id = e.unit_id where u.code = :c and u.catalog = '2023' and e.year = :y")
			.param("c", code)
			.param("y", year)
			.query(Long.class)
			.single();
	}

	@Test
	void theAccountantDraftsTheOfficerApprovesAndOverspendingShowsOnThePage() {
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		HttpResponse<String> created = keeper.postForm("/budget/estimates", Map.of("unitCode", "23347", "year", "2024"));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/budget/estimates/\\d+");
		String path = location.substring(location.indexOf("/budget/"));
		assertThat(keeper.postForm(path, Map.of("lines.PROPAGANDA", "2.000.000", "lines.COMMUNE_SUPPORT", "25.000.000")).statusCode())
			.isEqualTo(302);
		String draft = keeper.get(path).body();
		assertThat(draft).contains("Dự toán kinh phí của Xã Đắk Man năm 2024").contains("Bản nháp").contains("Thôn")
			.doesNotContain("id=\"approve\"");
		TestHttp officer = TestHttp.session(port, "huyen.dakglei");
		assertThat(officer.get(path).body()).contains("id=\"approve\"");
		assertThat(officer.postForm(path + "/approve", Map.of()).statusCode()).isEqualTo(302);
		HttpResponse<String> spent = keeper.postForm(path + "/spending", Map.of("budgetLine", "PROPAGANDA", "spentOn", "15/3/2024",
				"amount", "2.500.000", "voucherNumber", "PC-07", "description", "Pano tuyên truyền"));
		assertThat(spent.statusCode()).isEqualTo(302);
		String page = keeper.get(path).body();
		assertThat(page).contains("Đã duyệt").contains("PC-07").contains("15/03/2024")
			.contains("Tuyên truyền, vận động: đã chi 2.500.000 đ, vượt dự toán 2.000.000 đ");
		String list = keeper.get("/budget?year=2024&q=dak+man").body();
		assertThat(list).contains("Xã Đắk Man").doesNotContain("Xã Đắk Choong");
	}

	@Test
	void theDemoListsKonTumsEstimatesAndACommunesAreaNorms() {
		TestHttp province = TestHttp.session(port, "tinh.kontum");
		String list = province.get("/budget?year=2023").body();
		assertThat(list).contains("Tỉnh Kon Tum").contains("Huyện Đắk Glei").contains("Xã Đắk Pék").contains("Thành phố Kon Tum");
		String dakPek = province.get("/budget/estimates/" + estimateOf("23353", 2023)).body();
		assertThat(dakPek).contains("Thôn Đắk Ung").contains("Xã đặc biệt khó khăn")
			.contains("Hỗ trợ Ban công tác Mặt trận khu dân cư: dự toán 25.000.000 đ thấp hơn định mức");
		String norms = TestHttp.session(port, "xa.dakpek").get("/budget/norms?year=2023").body();
		assertThat(norms).contains("Tỉnh Kon Tum, năm 2023").contains("value=\"25000000\"").contains("Xã Đắk Pék")
			.doesNotContain("id=\"save-norms\"");
		assertThat(province.get("/budget/norms?year=2023").body()).contains("id=\"save-norms\"");
	}

	@Test
	void theSettlementReportIsAWordDocumentWithTheSameTotals() throws IOException {
		long id = estimateOf("62", 2023);
		String settlement = TestHttp.basic(port, "tinh.kontum").get("/api/v1/budget-estimates/" + id + "/settlement").body();
		long spent = ((Number) JsonPath.read(settlement, "$.totals.spent")).longValue();
		long amount = ((Number) JsonPath.read(settlement, "$.totals.amount")).longValue();
		HttpResponse<byte[]> docx = TestHttp.session(port, "ketoan.kontum").getBytes("/budget/estimates/" + id + "/settlement.docx");
		assertThat(docx.statusCode()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("BÁO CÁO").contains("Quyết toán kinh phí thực hiện Cuộc vận động")
				.contains("Tổng cộng").contains(Money.format(spent)).contains(Money.format(amount))
				.contains("Học tập kinh nghiệm: đã chi 162.500.000 đ, vượt dự toán 12.500.000 đ.");
		}
	}

	@Test
	void aDifficultCommuneAddsTheBonusToEachAreaUntilTheProvinceRemovesIt() {
		TestHttp officer = TestHttp.basic(port, "tinh.kontum");
		String before = officer.get("/api/v1/units/23365/budget-norms?at=2023-06-01&year=2024").body();
		List<Integer> plain = JsonPath.read(before, "$.areas[*].minimum");
		assertThat(plain).isNotEmpty();
		assertThat(officer.putJson("/api/v1/budget-norms/62/2024/difficult-communes/23365", "").statusCode()).isEqualTo(200);
		String after = officer.get("/api/v1/units/23365/budget-norms?at=2023-06-01&year=2024").body();
		assertThat(JsonPath.<Boolean>read(after, "$.difficult")).isTrue();
		assertThat(JsonPath.<List<Integer>>read(after, "$.areas[*].minimum")).isEqualTo(plain.stream().map(m -> m + 1_000_000).toList());
		assertThat(JsonPath.<List<String>>read(officer.get("/api/v1/budget-norms/62/2024/difficult-communes").body(), "$[*].code"))
			.contains("23353", "23365");
		assertThat(TestHttp.basic(port, "huyen.dakglei").delete("/api/v1/budget-norms/62/2024/difficult-communes/23365").statusCode())
			.isEqualTo(403);
		assertThat(officer.delete("/api/v1/budget-norms/62/2024/difficult-communes/23365").statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(officer.get("/api/v1/units/23365/budget-norms?at=2023-06-01&year=2024").body(), "$.difficult"))
			.isFalse();
		HttpResponse<String> elsewhere = officer.putJson("/api/v1/budget-norms/62/2024/difficult-communes/00001", "");
		assertThat(elsewhere.statusCode()).isEqualTo(400);
	}

	@Test
	void theBudgetApiIsDocumented() {
		String docs = TestHttp.anonymous(port).get("/v3/api-docs").body();
		assertThat(docs).contains("/api/v1/budget-estimates/{id}/spending", "/api/v1/budget-estimates/{id}/settlement",
				"/api/v1/budget-norms/{provinceCode}/{year}");
	}

}
