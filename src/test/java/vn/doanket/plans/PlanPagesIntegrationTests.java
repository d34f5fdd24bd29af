package vn.doanket.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

/** The plan pages: list and search, import and review, the item editor, issuing, matrix and report pages. */
@IntegrationTest
class PlanPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListFindsTheDemoPlanWithoutDiacriticsAndShowsAnEmptyState() {
		TestHttp http = TestHttp.session(port, "tinh.kontum");
		assertThat(http.get("/plans?q=trien%20khai%20cuoc%20van%20dong&year=2023").body()).contains("plans-table",
				"Triển khai thực hiện Cuộc vận động");
		assertThat(http.get("/plans?q=khong%20co%20ke%20hoach%20nay").body()).contains("plans-empty");
		assertThat(http.get("/plans/export.csv?q=trien%20khai&year=2023&status=ISSUED").body()).contains("15/KH-MTTQ-BTT",
				"Tỉnh Kon Tum", "Đã ban hành");
		assertThat(TestHttp.session(port, "huyen.dakglei").get("/plans/inbox").body()).contains("inbox-table", "Huyện Đắk Glei");
	}

	@Test
	void anUploadIsReviewedThenConfirmedAsADraft() {
		TestHttp http = TestHttp.session(port, "tinh.kontum");
		HttpResponse<String> review = http.upload("/plans/import", "ke-hoach.txt", PlanTexts.seed().getBytes(StandardCharsets.UTF_8));
		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(review.body()).contains("review-form", "2.1", "dự kiến cuối Quý I/2023", "hạn 31/03/2023");

		String proposal = TestHttp.basic(port, "tinh.kontum")
			.upload("/api/v1/plans/import", "ke-hoach.txt", PlanTexts.seed().getBytes(StandardCharsets.UTF_8))
			.body();
		String title = "Kế hoạch nhập qua trang " + System.nanoTime();
		HttpResponse<String> saved = http.postForm("/plans/import/confirm", Map.of("proposal", proposal, "title", title,
				"issuedOn", "2023-02-12", "title_1_0", "Tuyên truyền (đã sửa trên trang)", "when_1_0", "quý II/2023"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		String page = http.get(location.replaceFirst("^https?://[^/]+", "")).body();
		assertThat(page).contains(title, "Tuyên truyền (đã sửa trên trang)", "01/04/2023 – 30/06/2023", "issue-form");
	}

	@Test
	void aBadUploadIsExplainedOnTheImportPage() {
		HttpResponse<String> page = TestHttp.session(port, "tinh.kontum").upload("/plans/import", "anh.docx", new byte[] { 1, 2, 3 });
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("import-errors", "không đọc được tệp");
	}

	@Test
	void theEditorChangesMovesAndDeletesItemsOfADraftThenItIsIssued() {
		TestHttp api = TestHttp.basic(port, "tinh.kontum");
		String body = "{\"title\": \"Kế hoạch biên tập " + System.nanoTime() + "\", \"issuedOn\": \"2023-05-02\", \"sections\": [{\"label\": \"II\", \"title\": \"NỘI DUNG\", \"kind\": \"CONTENTS\", \"items\": ["
				+ "{\"label\": \"1\", \"title\": \"Một\"}, {\"label\": \"2\", \"title\": \"Hai\"}, {\"label\": \"3\", \"title\": \"Ba\"}]}]}";
		String created = api.postJson("/api/v1/plans", body).body();
		long id = JsonPath.parse(created).read("$.id", Long.class);
		long first = JsonPath.parse(created).read("$.sections[0].items[0].id", Long.class);
		long third = JsonPath.parse(created).read("$.sections[0].items[2].id", Long.class);
		TestHttp http = TestHttp.session(port, "tinh.kontum");

		String editor = http.get("/plans/" + id + "/items/" + first + "/edit").body();
		assertThat(editor).contains("timeframe-input").doesNotContain("/move?direction");
		HttpResponse<String> empty = http.postForm("/plans/" + id + "/items/" + first, Map.of());
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("alert-danger", "Tên nhiệm vụ");
		HttpResponse<String> updated = http.postForm("/plans/" + id + "/items/" + first, Map.of("label", "1", "title",
				"Một (sửa)", "timeframe", "trước ngày 15/10/2023", "activityKind", "TRAINING", "responsible", "LOWER_COMMITTEES"));
		assertThat(updated.statusCode()).isEqualTo(302);
		assertThat(http.get("/plans/timeframe?timeframe=qu%C3%BD%20III-IV%2F2023&year=2023").body()).contains("01/07/2023 – 31/12/2023");
		http.postForm("/plans/" + id + "/items/" + first + "/move?direction=down", Map.of());
		http.postForm("/plans/" + id + "/items/" + third + "/delete", Map.of());

		var items = JsonPath.parse(api.get("/api/v1/plans/" + id).body());
		assertThat(items.read("$.sections[0].items[*].title", java.util.List.class)).containsExactly("Hai", "Một (sửa)");
		assertThat(items.read("$.sections[0].items[1].timeframe.end", String.class)).isEqualTo("2023-10-15");
		assertThat(items.read("$.sections[0].items[1].responsible[0].kind", String.class)).isEqualTo("LOWER_COMMITTEES");
		assertThat(http.postForm("/plans/" + id + "/sections", Map.of("label", "III", "title", "KINH PHÍ", "kind", "FUNDING")).statusCode())
			.isEqualTo(302);
		assertThat(JsonPath.parse(api.get("/api/v1/plans/" + id).body()).read("$.sections[1].kind", String.class)).isEqualTo("FUNDING");
		assertThat(http.postForm("/plans/import/confirm", Map.of("proposal", "{không phải JSON")).statusCode()).isEqualTo(400);

		assertThat(TestHttp.session(port, "huyen.dakglei").postForm("/plans/" + id + "/items/" + first, Map.of("title", "x")).statusCode())
			.isEqualTo(403);
		assertThat(http.postForm("/plans/" + id + "/issue", Map.of("deriveBy", "2023-06-30")).statusCode()).isEqualTo(302);
		String view = http.get("/plans/" + id).body();
		assertThat(view).contains("plan-status", "Đã ban hành", "new-version", "Năm 2023").doesNotContain("issue-form", "edit-item");
	}

	@Test
	void theMatrixAndTheReportPageShowTheDemoPlan() {
		long plan = jdbc.sql("""
				select p.id from plan p join unit u on u.id = p.issuer_unit_id
				where u.code = '62' and u.catalog = '2023' and p.number = 15 and p.number_year = 2023""").query(Long.class).single();
		String matrix = TestHttp.session(port, "tinh.kontum").get("/plans/" + plan + "/progress").body();
		assertThat(matrix).contains("progress-matrix", "Huyện Đắk Glei", "state-DONE", "deadline-list");
		String csv = TestHttp.session(port, "tinh.kontum").get("/plans/" + plan + "/progress.csv?state=DONE").body();
		assertThat(csv).contains("Thành phố Kon Tum", "Hoàn thành");
		String report = TestHttp.session(port, "huyen.dakglei").get("/plans/" + plan + "/report").body();
		assertThat(report).contains("report-form", "Huyện Đắk Glei");
		String view = TestHttp.session(port, "huyen.dakglei").get("/plans/" + plan).body();
		assertThat(view).contains("derive-form", "children-table");
	}

}
