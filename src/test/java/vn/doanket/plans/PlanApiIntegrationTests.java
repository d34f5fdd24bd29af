package vn.doanket.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

/** The plans API: import without saving, save, list, change, issue, versions, numbers and bad input. */
@IntegrationTest
class PlanApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long plans() {
		return jdbc.sql("select count(*) from plan").query(Long.class).single();
	}

	@Test
	void importProposesTheSeedStructureWithoutSavingIt() {
		long before = plans();
		HttpResponse<String> response = TestHttp.basic(port, "tinh.kontum")
			.upload("/api/v1/plans/import", "ke-hoach-2023.txt", PlanTexts.seed().getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		DocumentContext json = JsonPath.parse(response.body());
		assertThat(json.read("$.sections[*].label", List.class)).containsExactly("I", "II", "III", "IV");
		assertThat(json.read("$.sections[1].items[*].label", List.class)).containsExactly("1", "2", "2.1", "2.2", "3", "4",
				"4.1", "4.2", "5");
		Map<String, Object> training = json.read("$.sections[1].items[2].timeframe");
		assertThat(training).containsEntry("kind", "DEADLINE").containsEntry("end", "2023-03-31");
		assertThat(json.read("$.sections[1].items[0].timeframe.kind", String.class)).isEqualTo("ONGOING");
		assertThat(json.read("$.sections[1].items[3].timeframe", Map.class)).containsEntry("kind", "RANGE")
			.containsEntry("start", "2023-01-01")
			.containsEntry("end", "2023-12-31");
		assertThat(json.read("$.sections[3].parties[*].kind", List.class)).containsExactly("THIS_COMMITTEE",
				"LOWER_COMMITTEES", "MEMBER_ORGANISATIONS");
		assertThat(json.read("$.recipients[*].purpose", List.class)).containsExactly("B_C", "B_C", "NONE", "NONE",
				"NONE", "P_H", "T_H", "LUU");
		assertThat(json.read("$.recipients[6].delivery", String.class)).isEqualTo("LOWER");
		assertThat(json.read("$.legalBases[*].documentNumber", List.class)).contains("163/KH-MTTQ-BTT");
		assertThat(json.read("$.campaignYear", Integer.class)).isEqualTo(2023);
		assertThat(plans()).isEqualTo(before);
	}

	@Test
	void importAcceptsPastedText() {
		HttpResponse<String> response = PlanTexts.postText(port, "tinh.kontum", "/api/v1/plans/import", PlanTexts.seed());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(JsonPath.parse(response.body()).read("$.recipients.length()", Integer.class)).isEqualTo(8);
	}

	@Test
	void badUploadsAreRefusedInVietnameseAndNothingIsSaved() {
		long before = plans();
		TestHttp http = TestHttp.basic(port, "tinh.kontum");
		assertRefused(http.upload("/api/v1/plans/import", "trong.docx", new byte[0]), "tệp trống");
		assertRefused(http.upload("/api/v1/plans/import", "lon.txt", new byte[50 * 1024 * 1024 + 10]), "tệp quá lớn");
		assertRefused(http.upload("/api/v1/plans/import", "anh.docx", new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 }),
				"không đọc được tệp");
		assertRefused(http.upload("/api/v1/plans/import", "thu.txt", "Kính gửi anh chị, hẹn gặp lại.".getBytes(StandardCharsets.UTF_8)),
				"không giống một kế hoạch");
		assertRefused(PlanTexts.postText(port, "tinh.kontum", "/api/v1/plans/import", "   "), "tệp trống");
		assertThat(plans()).isEqualTo(before);
	}

	private static void assertRefused(HttpResponse<String> response, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(JsonPath.parse(response.body()).read("$.errors[0].field", String.class)).isEqualTo("file");
		assertThat(JsonPath.parse(response.body()).read("$.errors[0].message", String.class)).contains(message);
	}

	@Test
	void aCorrectedProposalIsSavedAsADraftThenIssuedWithTheNextNumber() {
		TestHttp http = TestHttp.basic(port, "tinh.kontum");
		String proposal = TestHttp.basic(port, "tinh.kontum")
			.upload("/api/v1/plans/import", "seed.txt", PlanTexts.seed().getBytes(StandardCharsets.UTF_8))
			.body();
		String title = "Kế hoạch thử nghiệm " + System.nanoTime();
		String corrected = JsonPath.parse(proposal)
			.set("$.title", title)
			.set("$.issuedOn", "2023-02-10")
			.set("$.sections[1].items[0].title", "Tuyên truyền, vận động (đã sửa)")
			.set("$.sections[1].items[0].timeframe", Map.of("text", "quý III-IV/2023"))
			.jsonString();

		HttpResponse<String> created = http.postJson("/api/v1/plans", corrected);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		DocumentContext saved = JsonPath.parse(created.body());
		long id = saved.read("$.id", Long.class);
		assertThat(saved.read("$.status", String.class)).isEqualTo("DRAFT");
		assertThat(saved.read("$.sections[1].items[0].timeframe", Map.class)).containsEntry("kind", "RANGE")
			.containsEntry("start", "2023-07-01")
			.containsEntry("end", "2023-12-31");

		DocumentContext view = JsonPath.parse(http.get("/api/v1/plans/" + id).body());
		assertThat(view.read("$.suggestedNumber", Integer.class)).isPositive();
		assertThat(view.read("$.sections[1].items[0].title", String.class)).isEqualTo("Tuyên truyền, vận động (đã sửa)");

		HttpResponse<String> listed = http.get("/api/v1/plans?year=2023&issuer=62&q=" + "ke%20hoach%20thu%20nghiem");
		assertThat(JsonPath.parse(listed.body()).read("$.items[*].id", List.class)).contains((int) id);

		HttpResponse<String> issued = http.postJson("/api/v1/plans/" + id + "/issue?deriveBy=2023-04-30", "{}");
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		DocumentContext issuedJson = JsonPath.parse(issued.body());
		assertThat(issuedJson.read("$.status", String.class)).isEqualTo("ISSUED");
		int number = issuedJson.read("$.number", Integer.class);
		assertThat(jdbc.sql("select count(*) from plan_inbox where plan_id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(10);

		String again = JsonPath.parse(corrected).set("$.number", number).set("$.issuedOn", issuedJson.read("$.issuedOn", String.class)).jsonString();
		HttpResponse<String> duplicate = http.postJson("/api/v1/plans", again);
		assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(400);
		assertThat(JsonPath.parse(duplicate.body()).read("$.errors[0].field", String.class)).isEqualTo("number");
		assertThat(JsonPath.parse(duplicate.body()).read("$.errors[0].message", String.class)).contains("đã được dùng");

		HttpResponse<String> changed = http.putJson("/api/v1/plans/" + id, JsonPath.parse(issued.body()).set("$.title", title + " (sửa đổi)").jsonString());
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		DocumentContext next = JsonPath.parse(changed.body());
		assertThat(next.read("$.id", Long.class)).isNotEqualTo(id);
		assertThat(next.read("$.version", Integer.class)).isEqualTo(2);
		assertThat(next.read("$.previousId", Long.class)).isEqualTo(id);
		assertThat(JsonPath.parse(http.get("/api/v1/plans/" + id).body()).read("$.title", String.class)).isEqualTo(title);
		assertThat(JsonPath.parse(http.get("/api/v1/plans/" + id + "/versions").body()).read("$[*].version", List.class))
			.containsExactly(1, 2);
	}

	@Test
	void invalidPlansAreRefusedFieldByField() {
		String body = """
				{"title": "", "campaignYear": 1800, "sections": [{"title": "II. NỘI DUNG", "items": [
				  {"title": "", "campaignContents": [7], "timeframe": {"kind": "RANGE", "start": "2023-05-01", "end": "2023-01-01"}}],
				  "parties": [{"kind": "LOWER_COMMITTEES"}]}],
				 "legalBases": [{"text": " "}], "recipients": [{"name": "", "purpose": "T_H"}]}""";
		HttpResponse<String> response = TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/plans", body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(JsonPath.parse(response.body()).read("$.errors[*].field", List.class)).contains("title", "campaignYear",
				"itemTitle", "campaignContents", "timeframe", "partyName", "legalBasis", "recipientName");
		assertThat(JsonPath.parse(response.body()).read("$.errors[?(@.field == 'recipientName')].row", List.class)).containsExactly(1);
	}

}
