package vn.doanket.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/** The cascade on the demo plan: a district derives and issues its plan, reports progress, the province follows. */
@IntegrationTest
class PlanCascadeIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long provincePlan() {
		return jdbc.sql("""
				select p.id from plan p join unit u on u.id = p.issuer_unit_id
				where u.code = '62' and u.catalog = '2023' and p.number = 15 and p.number_year = 2023""").query(Long.class).single();
	}

	private long unit(String code) {
		return jdbc.sql("select id from unit where code = :c and catalog = '2023'").param("c", code).query(Long.class).single();
	}

	private long firstItem(long planId) {
		return jdbc.sql("""
				select i.id from plan_item i join plan_section s on s.id = i.section_id
				where i.plan_id = :p and s.kind = 'CONTENTS' order by s.position, i.position limit 1""")
			.param("p", planId)
			.query(Long.class)
			.single();
	}

	@Test
	void demoDataHasTheIssuedProvincePlanWithLateMissingAndIssuedDistricts() {
		List<String> states = JsonPath.parse(TestHttp.basic(port, "tinh.kontum").get("/api/v1/plans/" + provincePlan() + "/children").body())
			.read("$[*].state");
		assertThat(states).hasSize(10).contains("ISSUED", "LATE", "DRAFT");
		assertThat(states.stream().filter(s -> s.equals("OVERDUE") || s.equals("MISSING"))).isNotEmpty();
	}

	@Test
	void aDistrictIsRemindedOfOverdueTasksItHasNotDone() {
		DocumentContext reminders = JsonPath.parse(TestHttp.basic(port, "huyen.dakglei").get("/api/v1/plans/reminders").body());
		List<String> units = reminders.read("$.items[?(@.planId == " + provincePlan() + ")].unitName");
		assertThat(units).isNotEmpty().containsOnly("Huyện Đắk Glei");
		assertThat(reminders.read("$.items[0].overdue", Boolean.class)).isTrue();
		assertThat(TestHttp.session(port, "huyen.dakglei").get("/plans/inbox").body()).contains("id=\"reminders\"");
	}

	@Test
	void aDistrictDerivesItsPlanFromTheProvincePlanAndTheProvinceSeesIt() {
		long parent = provincePlan();
		TestHttp district = TestHttp.basic(port, "huyen.dakglei");
		assertThat(district.get("/api/v1/plans/inbox").body()).contains("\"planId\":" + parent);

		HttpResponse<String> derived = district.postJson("/api/v1/plans/" + parent + "/derive", "{}");
		assertThat(derived.statusCode()).as(derived.body()).isEqualTo(201);
		DocumentContext draft = JsonPath.parse(derived.body());
		long id = draft.read("$.id", Long.class);
		assertThat(draft.read("$.issuerName", String.class)).isEqualTo("Huyện Đắk Glei");
		assertThat(draft.read("$.parentPlanId", Long.class)).isEqualTo(parent);
		assertThat(draft.read("$.sections[1].items[0].parentItemId", Long.class)).isEqualTo(firstItem(parent));
		assertThat(draft.read("$.legalBases[0].text", String.class)).startsWith("Thực hiện Kế hoạch số 15/KH-MTTQ-BTT ngày 10/02/2023");

		assertThat(district.postJson("/api/v1/plans/" + id + "/issue", "{}").statusCode()).isEqualTo(200);
		List<Map<String, Object>> children = JsonPath.parse(TestHttp.basic(port, "tinh.kontum").get("/api/v1/plans/" + parent + "/children").body())
			.read("$[?(@.unitName == 'Huyện Đắk Glei')]");
		assertThat(children).singleElement().satisfies(c -> assertThat(c.get("state")).isIn("ISSUED", "LATE"));
		assertThat(TestHttp.basic(port, "xa.dakpek").postJson("/api/v1/plans/" + parent + "/derive", "{}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aDistrictReportsProgressWithEvidenceAndTheProvinceSeesItInTheMatrix() {
		long parent = provincePlan();
		long item = firstItem(parent);
		long dakglei = unit("610");
		HttpResponse<String> reported = upload(TestHttp.basic(port, "huyen.dakglei"),
				"/api/v1/plans/items/" + item + "/progress?unit=" + dakglei + "&status=IN_PROGRESS&note=H%E1%BB%99i%20ngh%E1%BB%8B",
				"anh-hoi-nghi.png", PNG);
		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
		DocumentContext progress = JsonPath.parse(reported.body());
		assertThat(progress.read("$.evidence[0].sha256", String.class)).isEqualTo(EvidenceStore.sha256(PNG));
		long evidence = progress.read("$.evidence[0].id", Long.class);

		DocumentContext matrix = JsonPath.parse(TestHttp.basic(port, "tinh.kontum").get("/api/v1/plans/" + parent + "/progress?unit=" + dakglei).body());
		assertThat(matrix.read("$.rows[0].cells[0].state", String.class)).isEqualTo("IN_PROGRESS");
		assertThat(matrix.read("$.rows[0].cells[0].note", String.class)).isEqualTo("Hội nghị");
		HttpResponse<byte[]> file = TestHttp.basic(port, "tinh.kontum").getBytes("/api/v1/plans/evidence/" + evidence);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(PNG);
		assertThat(TestHttp.basic(port, "tinh.kontum").get("/api/v1/plans/" + parent + "/deadlines").statusCode()).isEqualTo(200);
	}

	@Test
	void progressIsRefusedForOtherUnitsAndForFilesThatAreNotWhatTheySay() {
		long parent = provincePlan();
		long item = firstItem(parent);
		String path = "/api/v1/plans/items/" + item + "/progress?status=DONE&unit=";
		assertThat(upload(TestHttp.basic(port, "huyen.dakglei"), path + unit("608"), "a.png", PNG).statusCode()).isEqualTo(403);
		assertThat(upload(TestHttp.basic(port, "ketoan.kontum"), path + unit("610"), "a.png", PNG).statusCode()).isEqualTo(403);
		HttpResponse<String> fake = upload(TestHttp.basic(port, "huyen.dakglei"), path + unit("610"), "virus.png",
				new byte[] { 'M', 'Z', 0, 0, 1, 2 });
		assertThat(fake.statusCode()).isEqualTo(400);
		assertThat(JsonPath.parse(fake.body()).read("$.errors[0].message", String.class)).contains("không được nhận");
		HttpResponse<String> badStatus = upload(TestHttp.basic(port, "huyen.dakglei"),
				"/api/v1/plans/items/" + item + "/progress?status=XONG&unit=" + unit("610"), "a.png", PNG);
		assertThat(badStatus.statusCode()).isEqualTo(400);
	}

	private static HttpResponse<String> upload(TestHttp http, String path, String filename, byte[] content) {
		return http.upload(path, filename, content);
	}

}
