package vn.doanket.front;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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

@IntegrationTest
class ResidentialAreaApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommuneOfficerCreatesAnAreaInItsOwnCommune() {
		String name = "Thôn Kiểm Thử " + unique();
		HttpResponse<String> created = TestHttp.basic(port, "xa.dakpek")
			.postJson("/api/v1/units/23353/residential-areas",
					"{\"name\":\"" + name + "\",\"type\":\"thôn\",\"households\":120,\"population\":480,\"ethnicMinority\":true}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location").orElse("")).startsWith("/api/v1/residential-areas/");
		assertThat(JsonPath.<String>read(created.body(), "$.type")).isEqualTo("THON");
		String list = TestHttp.basic(port, "xa.dakpek").get("/api/v1/units/23353/residential-areas?q=kiem%20thu").body();
		assertThat(JsonPath.<List<String>>read(list, "$.items[*].name")).contains(name);
	}

	@Test
	void aCommuneOfficerCannotWriteInAnotherCommune() {
		HttpResponse<String> response = TestHttp.basic(port, "xa.dakpek")
			.postJson("/api/v1/units/23356/residential-areas", "{\"name\":\"Thôn A\",\"type\":\"thôn\",\"households\":10,\"population\":40}");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(JsonPath.<String>read(response.body(), "$.message")).contains("không có quyền");
	}

	@Test
	void readOnlyRolesCannotCreateAreas() {
		HttpResponse<String> response = TestHttp.basic(port, "ketoan.kontum")
			.postJson("/api/v1/units/23353/residential-areas", "{\"name\":\"Thôn B\",\"type\":\"thôn\",\"households\":10,\"population\":40}");
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void negativeHouseholdsAreRefusedNamingTheField() {
		long before = areasIn("23353");
		HttpResponse<String> response = TestHttp.basic(port, "xa.dakpek")
			.postJson("/api/v1/units/23353/residential-areas", "{\"name\":\"Thôn C\",\"type\":\"thôn\",\"households\":-5,\"population\":40}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).isEqualTo("households");
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].message")).isEqualTo("Số hộ: không được là số âm");
		assertThat(areasIn("23353")).isEqualTo(before);
	}

	@Test
	void everyProblemOfAnInputIsListed() {
		HttpResponse<String> response = TestHttp.basic(port, "xa.dakpek")
			.postJson("/api/v1/units/23353/residential-areas", "{\"name\":\"\",\"type\":\"làng xã\",\"households\":10,\"population\":4}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field")).containsExactlyInAnyOrder("name", "type", "population");
	}

	@Test
	void malformedJsonIsA400NotA500() {
		HttpResponse<String> wrongType = TestHttp.basic(port, "xa.dakpek")
			.postJson("/api/v1/units/23353/residential-areas", "{\"name\":\"Thôn D\",\"type\":\"thôn\",\"households\":\"nhiều\",\"population\":40}");
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(wrongType.body(), "$.errors[0].field")).isEqualTo("households");
		assertThat(TestHttp.basic(port, "xa.dakpek").postJson("/api/v1/units/23353/residential-areas", "{").statusCode()).isEqualTo(400);
	}

	@Test
	void aDuplicateNameIsRefused() {
		String name = "Thôn Trùng " + unique();
		TestHttp api = TestHttp.basic(port, "xa.dakpek");
		String json = "{\"name\":\"" + name + "\",\"type\":\"thôn\",\"households\":10,\"population\":40}";
		assertThat(api.postJson("/api/v1/units/23353/residential-areas", json).statusCode()).isEqualTo(201);
		HttpResponse<String> again = api.postJson("/api/v1/units/23353/residential-areas", json.replace("Thôn Trùng", "thon trung"));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(again.body(), "$.errors[0].field")).isEqualTo("name");
	}

	@Test
	void areasExistOnlyInCommunes() {
		HttpResponse<String> response = TestHttp.basic(port, "tinh.kontum")
			.postJson("/api/v1/units/610/residential-areas?at=2023-06-30", "{\"name\":\"Thôn E\",\"type\":\"thôn\",\"households\":10,\"population\":40}");
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void anImportWithABadRowImportsNothingAndListsEveryBadCell() {
		String first = "Thôn Nhập " + unique();
		String csv = "Tên khu dân cư,Loại,Số hộ,Số nhân khẩu,Dân tộc thiểu số\n" + first + ",thôn,100,400,có\n"
				+ "Thôn Hỏng,thôn,abc,400,không\n" + "Thôn Âm,thôn,-3,400,có\n" + ",làng,10,30,có\n";
		long before = areasIn("23353");
		HttpResponse<String> response = TestHttp.basic(port, "xa.dakpek")
			.upload("/api/v1/units/23353/residential-areas/import", "areas.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(JsonPath.<List<Integer>>read(response.body(), "$.errors[*].row")).containsExactly(3, 4, 5);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field")).containsExactly("households", "households", "name");
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].message")).isEqualTo("Dòng 3, Số hộ: “abc” không phải là số nguyên");
		assertThat(areasIn("23353")).isEqualTo(before);
	}

	@Test
	void aGoodSpreadsheetImportsEveryRowAndReimportingUpdatesInsteadOfDuplicating() throws IOException {
		String tag = unique();
		byte[] xlsx = workbook(List.of(List.of("Tên khu dân cư", "Loại", "Số hộ", "Số nhân khẩu", "Dân tộc thiểu số"),
				List.of("Làng Một " + tag, "làng", "120", "500", "có"), List.of("Tổ dân phố Hai " + tag, "to dan pho", "1.200", "4.100", "không")));
		TestHttp api = TestHttp.basic(port, "xa.dakpek");
		HttpResponse<String> first = api.upload("/api/v1/units/23353/residential-areas/import", "kdc.xlsx", xlsx);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(first.body(), "$.created")).isEqualTo(2);
		HttpResponse<String> again = api.upload("/api/v1/units/23353/residential-areas/import", "kdc.xlsx", xlsx);
		assertThat(JsonPath.<Integer>read(again.body(), "$.created")).isZero();
		assertThat(JsonPath.<Integer>read(again.body(), "$.updated")).isEqualTo(2);
		Integer households = jdbc.sql("select households from residential_area where name = :n").param("n", "Tổ dân phố Hai " + tag)
			.query(Integer.class).single();
		assertThat(households).isEqualTo(1200);
	}

	@Test
	void aFileThatIsNotATableIsRefused() {
		byte[] garbage = { 0x00, 0x01, (byte) 0xFF, (byte) 0xFE, 0x12 };
		HttpResponse<String> response = TestHttp.basic(port, "xa.dakpek").upload("/api/v1/units/23353/residential-areas/import", "kdc.xlsx", garbage);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).isEqualTo("file");
		HttpResponse<String> empty = TestHttp.basic(port, "xa.dakpek").upload("/api/v1/units/23353/residential-areas/import", "kdc.csv", new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(400);
	}

	private long areasIn(String communeCode) {
		return jdbc.sql("select count(*) from residential_area a join unit u on u.id = a.commune_id where u.code = :c and u.catalog = '2023'")
			.param("c", communeCode)
			.query(Long.class)
			.single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static byte[] workbook(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
