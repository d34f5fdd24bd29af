package vn.doanket.inspections;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

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

@IntegrationTest
class InspectionsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProvinceListsItsInspectionsWithRecommendationsAndTheirStatus() {
		String body = TestHttp.basic(port, "tinh.kontum").get("/api/v1/inspections?unit=62&size=500").body();
		assertThat(JsonPath.<Integer>read(body, "$.total")).isGreaterThanOrEqualTo(2);
		List<String> statuses = JsonPath.read(body,
				"$.items[?(@.title == '" + InspectionsDemoData.DAK_GLEI_TITLE + "')].recommendations[*].status");
		assertThat(statuses).contains("CLOSED").hasSizeGreaterThanOrEqualTo(2);
		List<Boolean> overdue = JsonPath.read(body, "$.items[?(@.title == '" + InspectionsDemoData.KON_TUM_TITLE + "')].recommendations[*].overdue");
		assertThat(overdue).contains(true, false);
	}

	@Test
	void anInspectedDistrictSeesWhatConcernsItAndACommuneOutsideSeesNothing() {
		String district = TestHttp.basic(port, "huyen.dakglei").get("/api/v1/inspections?unit=610&size=500").body();
		assertThat(JsonPath.<List<String>>read(district, "$.items[*].title")).contains(InspectionsDemoData.DAK_GLEI_TITLE)
			.doesNotContain(InspectionsDemoData.KON_TUM_TITLE);
		assertThat(TestHttp.basic(port, "huyen.dakglei").get("/api/v1/inspections?unit=62").statusCode()).isEqualTo(403);
		long id = demoInspection();
		assertThat(TestHttp.basic(port, "xa.dakpek").get("/api/v1/inspections/" + id).statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "huyen.dakglei").get("/api/v1/inspections/" + id).statusCode()).isEqualTo(200);
		String search = TestHttp.basic(port, "tinh.kontum").get("/api/v1/inspections?unit=62&q=dak%20glei&kind=INSPECTION").body();
		assertThat(JsonPath.<List<String>>read(search, "$.items[*].title")).contains(InspectionsDemoData.DAK_GLEI_TITLE)
			.doesNotContain(InspectionsDemoData.KON_TUM_TITLE);
	}

	@Test
	void theOwnerRespondsAndOnlyTheInspectingSideCloses() {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		TestHttp huyen = TestHttp.basic(port, "huyen.dakglei");
		long id = plan(tinh, "Kiểm tra " + unique());
		HttpResponse<String> visit = tinh.postJson("/api/v1/inspections/" + id + "/visits", "{\"unitId\":" + unitId("610")
				+ ",\"visitedOn\":\"2023-09-12\",\"documentsReviewed\":\"Sổ theo dõi\",\"findings\":[{\"topic\":\"Tuyên truyền\",\"finding\":\"Tốt\"}]}");
		assertThat(visit.statusCode()).as(visit.body()).isEqualTo(200);
		HttpResponse<String> created = tinh.postJson("/api/v1/inspections/" + id + "/recommendations",
				"{\"text\":\"Bổ sung hồ sơ\",\"ownerUnitId\":" + unitId("610") + ",\"deadline\":\"2023-12-31\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		int rec = JsonPath.read(created.body(), "$.id");
		assertThat(JsonPath.<String>read(created.body(), "$.status")).isEqualTo("OPEN");
		assertThat(huyen.postJson("/api/v1/recommendations/" + rec + "/close", "{\"note\":\"Xong\"}").statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "xa.dakpek").postJson("/api/v1/recommendations/" + rec + "/response", "{\"response\":\"x\"}")
			.statusCode()).isEqualTo(403);
		String responded = huyen.postJson("/api/v1/recommendations/" + rec + "/response", "{\"response\":\"Đã bổ sung\",\"done\":true}").body();
		assertThat(JsonPath.<String>read(responded, "$.status")).isEqualTo("IN_PROGRESS");
		assertThat(JsonPath.<Boolean>read(responded, "$.doneReported")).isTrue();
		String closed = tinh.postJson("/api/v1/recommendations/" + rec + "/close", "{\"note\":\"Đoàn xác nhận\"}").body();
		assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("CLOSED");
		assertThat(JsonPath.<String>read(closed, "$.closedBy")).isEqualTo("tinh.kontum");
		HttpResponse<String> again = huyen.postJson("/api/v1/recommendations/" + rec + "/response", "{\"response\":\"Sửa lại\"}");
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'inspection_recommendation' and entity_id = :id")
			.param("id", String.valueOf(rec)).query(Long.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void badInputIsRefusedWithEveryProblemAndNothingSaved() {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		String title = "Kiểm tra sai " + unique();
		HttpResponse<String> bad = tinh.postJson("/api/v1/units/62/inspections", "{\"kind\":\"AUDIT\",\"title\":\"" + title
				+ "\",\"topics\":[],\"periodFrom\":\"2023-09-15\",\"periodTo\":\"2023-09-01\",\"team\":[\"A\"],\"targetCodes\":[\"610\",\"99999\"]}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(bad.body(), "$.errors[*].field")).containsExactlyInAnyOrder("inspectionKind", "topics",
				"periodTo", "targetCodes");
		HttpResponse<String> outside = TestHttp.basic(port, "huyen.dakglei").postJson("/api/v1/units/610/inspections", "{\"kind\":\"SUPERVISION\",\"title\":\""
				+ title + "\",\"topics\":[\"Quỹ\"],\"periodFrom\":\"2023-09-01\",\"periodTo\":\"2023-09-02\",\"team\":[\"A\"],\"targetCodes\":[\"608\"]}");
		assertThat(outside.statusCode()).isEqualTo(400);
		assertThat(outside.body()).contains("không thuộc phạm vi");
		assertThat(TestHttp.basic(port, "phunu.kontum").postJson("/api/v1/units/62/inspections", "{}").statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from inspection where title = :t").param("t", title).query(Long.class).single()).isZero();

		long id = plan(tinh, "Kiểm tra " + unique());
		HttpResponse<String> wrongOwner = tinh.postJson("/api/v1/inspections/" + id + "/recommendations",
				"{\"text\":\"X\",\"ownerUnitId\":" + unitId("608") + ",\"deadline\":\"2023-12-31\"}");
		assertThat(wrongOwner.statusCode()).isEqualTo(400);
		HttpResponse<String> wrongTopic = tinh.postJson("/api/v1/inspections/" + id + "/visits", "{\"unitId\":" + unitId("610")
				+ ",\"visitedOn\":\"2023-09-12\",\"findings\":[{\"topic\":\"Không có\",\"finding\":\"X\"}]}");
		assertThat(wrongTopic.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(wrongTopic.body(), "$.errors[*].field")).containsExactly("findings");
		assertThat(jdbc.sql("select count(*) from inspection_recommendation where inspection_id = :i").param("i", id).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from inspection_visit where inspection_id = :i").param("i", id).query(Long.class).single()).isZero();
	}

	@Test
	void evidenceIsCheckedByContentAndKeptWithTheResponse() {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		long id = plan(tinh, "Kiểm tra " + unique());
		int rec = JsonPath.read(tinh.postJson("/api/v1/inspections/" + id + "/recommendations",
				"{\"text\":\"Nộp minh chứng\",\"ownerUnitId\":" + unitId("610") + ",\"deadline\":\"2023-12-31\"}").body(), "$.id");
		TestHttp huyen = TestHttp.basic(port, "huyen.dakglei");
		HttpResponse<String> text = huyen.upload("/api/v1/recommendations/" + rec + "/evidence?response=Xong", "ghi-chu.txt",
				"chỉ là chữ".getBytes());
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(text.body(), "$.errors[*].field")).containsExactly("evidence");
		assertThat(JsonPath.<String>read(huyen.get("/api/v1/recommendations/" + rec).body(), "$.status")).isEqualTo("OPEN");
		byte[] pdf = "%PDF-1.4\n% bien ban\n".getBytes();
		HttpResponse<String> ok = huyen.upload("/api/v1/recommendations/" + rec + "/evidence?response=Đã%20nộp&done=true", "bien-ban.pdf", pdf);
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(ok.body(), "$.evidenceName")).isEqualTo("bien-ban.pdf");
		HttpResponse<byte[]> download = TestHttp.session(port, "tinh.kontum").getBytes("/inspections/recommendations/" + rec + "/evidence");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
	}

	@Test
	void overdueRecommendationsShowOnTheOwnersAndTheInspectorsHomePages() {
		String text = "Tổng kết, nhân rộng mô hình tổ tự quản an ninh trật tự ra các xã";
		assertThat(TestHttp.session(port, "huyen.dakglei").get("/").body()).contains("overdue-recommendations").contains(text);
		assertThat(TestHttp.session(port, "tinh.kontum").get("/").body()).contains(text);
		assertThat(TestHttp.session(port, "xa.dakpek").get("/").body()).doesNotContain(text);
	}

	@Test
	void theReportAndTheMinutesAreWordDocumentsInTheOfficialLayout() throws Exception {
		TestHttp tinh = TestHttp.session(port, "tinh.kontum");
		long id = demoInspection();
		String report = text(tinh.getBytes("/inspections/" + id + "/report.docx").body());
		assertThat(report).contains("BÁO CÁO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN THƯỜNG TRỰC", "Huyện Đắk Glei", "KIẾN NGHỊ",
				"Đã hoàn thành", "quá hạn");
		long visit = jdbc.sql("select id from inspection_visit where inspection_id = :i order by id limit 1").param("i", id).query(Long.class).single();
		String minutes = text(tinh.getBytes("/inspections/visits/" + visit + "/minutes.docx").body());
		assertThat(minutes).contains("BIÊN BẢN", "THÀNH PHẦN ĐOÀN", "Xây dựng và nhân rộng mô hình", "Nơi nhận:");
	}

	@Test
	void theFilteredListExportsToASpreadsheetWithOneRowPerRecommendation() throws Exception {
		long unit = jdbc.sql("select id from unit where code = '62' and catalog = '2023'").query(Long.class).single();
		HttpResponse<byte[]> xlsx = TestHttp.session(port, "tinh.kontum").getBytes("/inspections/export.xlsx?unit=" + unit + "&q=dak+glei&kind=INSPECTION");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			var sheet = workbook.getSheetAt(0);
			List<String> titles = new java.util.ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				titles.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(titles).contains(InspectionsDemoData.DAK_GLEI_TITLE).doesNotContain(InspectionsDemoData.KON_TUM_TITLE);
			assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Tình trạng");
		}
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private long plan(TestHttp tinh, String title) {
		HttpResponse<String> created = tinh.postJson("/api/v1/units/62/inspections", "{\"kind\":\"INSPECTION\",\"title\":\"" + title
				+ "\",\"topics\":[\"Tuyên truyền\",\"Mô hình\"],\"periodFrom\":\"2023-09-11\",\"periodTo\":\"2023-09-15\","
				+ "\"team\":[\"Trưởng đoàn\",\"Thư ký\"],\"targetCodes\":[\"610\"]}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
	}

	private long demoInspection() {
		return jdbc.sql("select id from inspection where title = :t order by id limit 1").param("t", InspectionsDemoData.DAK_GLEI_TITLE)
			.query(Long.class).single();
	}

	private long unitId(String code) {
		return jdbc.sql("select id from unit where code = :c and catalog = '2023'").param("c", code).query(Long.class).single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
