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
	void theOwnerClosesOnceItHasRespondedAndTheInspectingSideMayReopenWithAReason() {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		TestHttp huyen = TestHttp.basic(port, "huyen.dakglei");
		TestHttp xa = TestHttp.basic(port, "xa.dakpek");
		long id = plan(tinh, "Kiểm tra " + unique());
		HttpResponse<String> visit = tinh.postJson("/api/v1/inspections/" + id + "/visits", "{\"unitId\":" + unitId("610")
				+ ",\"visitedOn\":\"2023-09-12\",\"documentsReviewed\":\"Sổ theo dõi\",\"findings\":[{\"topic\":\"Tuyên truyền\",\"finding\":\"Tốt\"}]}");
		assertThat(visit.statusCode()).as(visit.body()).isEqualTo(200);
		HttpResponse<String> created = tinh.postJson("/api/v1/inspections/" + id + "/recommendations",
				"{\"text\":\"Bổ sung hồ sơ\",\"ownerUnitId\":" + unitId("610") + ",\"deadline\":\"2023-12-31\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		int rec = JsonPath.read(created.body(), "$.id");
		String path = "/api/v1/recommendations/" + rec;
		assertThat(JsonPath.<String>read(created.body(), "$.status")).isEqualTo("OPEN");

		HttpResponse<String> tooEarly = huyen.postJson(path + "/close", "{}");
		assertThat(tooEarly.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(tooEarly.body(), "$.errors[*].field")).containsExactly("response");
		assertThat(xa.postJson(path + "/response", "{\"response\":\"x\"}").statusCode()).isEqualTo(403);
		assertThat(xa.postJson(path + "/close", "{}").statusCode()).isEqualTo(403);

		String responded = huyen.postJson(path + "/response", "{\"response\":\"Đã bổ sung\"}").body();
		assertThat(JsonPath.<String>read(responded, "$.status")).isEqualTo("IN_PROGRESS");
		String closedByOwner = huyen.postJson(path + "/close", "{}").body();
		assertThat(JsonPath.<String>read(closedByOwner, "$.status")).isEqualTo("CLOSED");
		assertThat(JsonPath.<String>read(closedByOwner, "$.closedBy")).isEqualTo("huyen.dakglei");
		assertThat(huyen.postJson(path + "/response", "{\"response\":\"Sửa lại\"}").statusCode()).isEqualTo(400);

		assertThat(huyen.postJson(path + "/reopen", "{\"reason\":\"Tự mở\"}").statusCode()).isEqualTo(403);
		HttpResponse<String> noReason = tinh.postJson(path + "/reopen", "{\"reason\":\" \"}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(noReason.body(), "$.errors[*].field")).containsExactly("reopenReason");
		String reopened = tinh.postJson(path + "/reopen", "{\"reason\":\"Hồ sơ còn thiếu 3 khu dân cư\"}").body();
		assertThat(JsonPath.<String>read(reopened, "$.status")).isEqualTo("OPEN");
		assertThat(JsonPath.<Object>read(reopened, "$.closedBy")).isNull();
		assertThat(tinh.postJson(path + "/reopen", "{\"reason\":\"Lần nữa\"}").statusCode()).isEqualTo(400);
		assertThat(huyen.postJson(path + "/close", "{}").statusCode()).as("the owner responds again before closing").isEqualTo(400);

		String respondedAndClosed = huyen.postJson(path + "/response", "{\"response\":\"Đã bổ sung đủ 3 khu dân cư\",\"close\":true}").body();
		assertThat(JsonPath.<String>read(respondedAndClosed, "$.status")).isEqualTo("CLOSED");
		tinh.postJson(path + "/reopen", "{\"reason\":\"Kiểm tra lại chữ ký\"}");
		HttpResponse<String> noNote = tinh.postJson(path + "/close", "{}");
		assertThat(noNote.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(noNote.body(), "$.errors[*].field")).containsExactly("closingNote");
		String closedByInspector = tinh.postJson(path + "/close", "{\"note\":\"Đoàn xác nhận\"}").body();
		assertThat(JsonPath.<String>read(closedByInspector, "$.status")).isEqualTo("CLOSED");
		assertThat(JsonPath.<String>read(closedByInspector, "$.closedBy")).isEqualTo("tinh.kontum");

		String history = tinh.get(path).body();
		assertThat(JsonPath.<List<String>>read(history, "$.history[*].action")).containsExactly("CREATED", "RESPONDED", "CLOSED", "REOPENED",
				"RESPONDED", "CLOSED", "REOPENED", "CLOSED");
		assertThat(JsonPath.<List<String>>read(history, "$.history[*].actor")).containsExactly("tinh.kontum", "huyen.dakglei",
				"huyen.dakglei", "tinh.kontum", "huyen.dakglei", "huyen.dakglei", "tinh.kontum", "tinh.kontum");
		assertThat(JsonPath.<List<String>>read(history, "$.history[*].status")).containsExactly("OPEN", "IN_PROGRESS", "CLOSED", "OPEN",
				"IN_PROGRESS", "CLOSED", "OPEN", "CLOSED");
		assertThat(JsonPath.<List<String>>read(history, "$.history[?(@.action == 'REOPENED')].note")).containsExactly(
				"Hồ sơ còn thiếu 3 khu dân cư", "Kiểm tra lại chữ ký");
		assertThat(JsonPath.<List<String>>read(history, "$.history[*].at")).allMatch(at -> !at.isBlank());
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'inspection_recommendation' and entity_id = :id")
			.param("id", String.valueOf(rec)).query(Long.class).single()).isEqualTo(7);
	}

	@Test
	void theFollowUpHistoryOfTheDemoRecommendationsIsKept() {
		String body = TestHttp.basic(port, "tinh.kontum").get("/api/v1/inspections/" + demoInspection()).body();
		assertThat(JsonPath.<List<String>>read(body, "$.recommendations[?(@.status == 'CLOSED')].history[*].action"))
			.containsSubsequence("CREATED", "RESPONDED", "CLOSED");
		assertThat(JsonPath.<List<String>>read(body, "$.recommendations[?(@.status == 'CLOSED')].history[?(@.action == 'RESPONDED')].note"))
			.contains("Đã bổ sung sổ theo dõi tại 100% khu dân cư.");
	}

	@Test
	void theInspectingSideCorrectsThePlanAndTheRecommendationsWhileNothingIsFollowedUp() {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		TestHttp huyen = TestHttp.basic(port, "huyen.dakglei");
		String title = "Kiểm tra " + unique();
		long id = plan(tinh, title);
		tinh.postJson("/api/v1/inspections/" + id + "/visits", "{\"unitId\":" + unitId("610")
				+ ",\"visitedOn\":\"2023-09-12\",\"findings\":[{\"topic\":\"Tuyên truyền\",\"finding\":\"Tốt\"}]}");
		int first = JsonPath.read(tinh.postJson("/api/v1/inspections/" + id + "/recommendations",
				"{\"text\":\"Kiến nghị một\",\"ownerUnitId\":" + unitId("610") + ",\"deadline\":\"2023-12-31\"}").body(), "$.id");
		int second = JsonPath.read(tinh.postJson("/api/v1/inspections/" + id + "/recommendations",
				"{\"text\":\"Kiến nghị hai\",\"ownerUnitId\":" + unitId("610") + ",\"deadline\":\"2023-12-31\"}").body(), "$.id");

		String keepsNothing = "{\"kind\":\"INSPECTION\",\"title\":\"Đổi tên\",\"topics\":[\"Mô hình\"],\"periodFrom\":\"2024-01-05\","
				+ "\"periodTo\":\"2024-01-10\",\"team\":[\"Trưởng đoàn\"],\"targetCodes\":[\"608\"]}";
		assertThat(huyen.putJson("/api/v1/inspections/" + id, keepsNothing).statusCode()).isEqualTo(403);
		HttpResponse<String> refused = tinh.putJson("/api/v1/inspections/" + id, keepsNothing);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(refused.body(), "$.errors[*].field")).containsExactlyInAnyOrder("topics", "targetCodes",
				"periodFrom");
		assertThat(refused.body()).contains("Tuyên truyền", "Huyện Đắk Glei");
		assertThat(jdbc.sql("select title from inspection where id = :i").param("i", id).query(String.class).single()).isEqualTo(title);

		HttpResponse<String> updated = tinh.putJson("/api/v1/inspections/" + id, "{\"kind\":\"SUPERVISION\",\"title\":\"" + title
				+ " (sửa)\",\"topics\":[\"Tuyên truyền\",\"Quỹ\"],\"periodFrom\":\"2023-09-11\",\"periodTo\":\"2023-09-20\","
				+ "\"team\":[\"Trưởng đoàn\"],\"targetCodes\":[\"610\",\"608\"]}");
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(updated.body(), "$.kind")).isEqualTo("SUPERVISION");
		assertThat(JsonPath.<List<String>>read(updated.body(), "$.topics")).containsExactly("Tuyên truyền", "Quỹ");
		assertThat(JsonPath.<List<String>>read(updated.body(), "$.targets[*].code")).containsExactlyInAnyOrder("610", "608");

		String path = "/api/v1/recommendations/" + first;
		HttpResponse<String> early = tinh.putJson(path, "{\"text\":\"X\",\"ownerUnitId\":" + unitId("610") + ",\"deadline\":\"2023-01-01\"}");
		assertThat(early.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(early.body(), "$.errors[*].field")).containsExactly("deadline");
		assertThat(huyen.putJson(path, "{\"text\":\"X\",\"ownerUnitId\":" + unitId("610") + ",\"deadline\":\"2024-01-31\"}").statusCode())
			.isEqualTo(403);
		String edited = tinh.putJson(path, "{\"text\":\"Kiến nghị một (sửa)\",\"ownerUnitId\":" + unitId("608")
				+ ",\"deadline\":\"2024-01-31\"}").body();
		assertThat(JsonPath.<String>read(edited, "$.text")).isEqualTo("Kiến nghị một (sửa)");
		assertThat(JsonPath.<String>read(edited, "$.ownerUnitName")).isEqualTo("Thành phố Kon Tum");
		assertThat(JsonPath.<List<String>>read(edited, "$.history[*].action")).containsExactly("CREATED", "EDITED");

		huyen.postJson("/api/v1/recommendations/" + second + "/response", "{\"response\":\"Đang làm\"}");
		String followedUp = "/api/v1/recommendations/" + second;
		assertThat(tinh.putJson(followedUp, "{\"text\":\"Y\",\"ownerUnitId\":" + unitId("610") + ",\"deadline\":\"2024-01-31\"}")
			.statusCode()).isEqualTo(400);
		assertThat(tinh.send("DELETE", followedUp).statusCode()).isEqualTo(400);
		HttpResponse<String> keep = tinh.send("DELETE", "/api/v1/inspections/" + id);
		assertThat(keep.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(keep.body(), "$.errors[*].field")).containsExactly("recommendations");

		assertThat(huyen.send("DELETE", path).statusCode()).isEqualTo(403);
		assertThat(tinh.send("DELETE", path).statusCode()).isEqualTo(204);
		assertThat(tinh.get(path).statusCode()).isEqualTo(404);
		assertThat(JsonPath.<List<Integer>>read(tinh.get("/api/v1/inspections/" + id).body(), "$.recommendations[*].id")).containsExactly(second);
	}

	@Test
	void anInspectionWithoutFollowUpIsDeletedWithItsVisitsAndRecommendations() {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		long id = plan(tinh, "Kiểm tra " + unique());
		tinh.postJson("/api/v1/inspections/" + id + "/visits", "{\"unitId\":" + unitId("610")
				+ ",\"visitedOn\":\"2023-09-12\",\"findings\":[{\"topic\":\"Mô hình\",\"finding\":\"Chưa có\"}]}");
		int rec = JsonPath.read(tinh.postJson("/api/v1/inspections/" + id + "/recommendations",
				"{\"text\":\"Xây dựng mô hình\",\"ownerUnitId\":" + unitId("610") + ",\"deadline\":\"2023-12-31\"}").body(), "$.id");
		assertThat(TestHttp.basic(port, "huyen.dakglei").send("DELETE", "/api/v1/inspections/" + id).statusCode()).isEqualTo(403);
		assertThat(TestHttp.session(port, "tinh.kontum").get("/inspections/" + id).body()).contains("delete-inspection-form", "data-confirm");
		assertThat(TestHttp.session(port, "tinh.kontum").get("/inspections/" + demoInspection()).body()).doesNotContain("delete-inspection-form");

		assertThat(tinh.send("DELETE", "/api/v1/inspections/" + id).statusCode()).isEqualTo(204);
		assertThat(tinh.get("/api/v1/inspections/" + id).statusCode()).isEqualTo(404);
		for (String table : List.of("inspection_visit", "inspection_recommendation", "inspection_target")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where inspection_id = :i").param("i", id).query(Long.class).single())
				.as(table).isZero();
		}
		assertThat(jdbc.sql("select count(*) from inspection_recommendation_event where recommendation_id = :r").param("r", rec)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'inspection' and entity_id = :id and action = 'delete'")
			.param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void thePlanIsCorrectedOnItsPage() {
		TestHttp page = TestHttp.session(port, "tinh.kontum");
		String title = "Kiểm tra " + unique();
		long id = plan(TestHttp.basic(port, "tinh.kontum"), title);
		assertThat(page.get("/inspections/" + id + "/edit").body()).contains(title, "/inspections/" + id + "/edit");
		HttpResponse<String> bad = page.postForm("/inspections/" + id + "/edit", java.util.Map.of("kind", "INSPECTION", "title", title,
				"topics", "Tuyên truyền", "periodFrom", "2023-09-11", "periodTo", "2023-09-01", "team", "Trưởng đoàn", "targetCodes", "610"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("ngày kết thúc phải từ ngày bắt đầu trở đi").contains("value=\"2023-09-01\"");
		HttpResponse<String> ok = page.postForm("/inspections/" + id + "/edit", java.util.Map.of("kind", "INSPECTION", "title", title + " – đã sửa",
				"topics", "Tuyên truyền", "periodFrom", "2023-09-11", "periodTo", "2023-09-18", "team", "Trưởng đoàn", "targetCodes", "610"));
		assertThat(ok.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select title from inspection where id = :i").param("i", id).query(String.class).single()).isEqualTo(title + " – đã sửa");
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
