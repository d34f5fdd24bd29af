package vn.doanket.reviews;

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
class EmulationAndCommendationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void clusterMembersAreScoredWithinRangeAndRanked() {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		long cluster = cluster();
		String ranking = tinh.get("/api/v1/emulation-clusters/" + cluster + "/ranking?year=2023").body();
		List<Integer> totals = JsonPath.read(ranking, "$.items[*].total");
		assertThat(totals).hasSize(4).isSortedAccordingTo((a, b) -> b - a);
		assertThat(JsonPath.<Integer>read(ranking, "$.items[0].rank")).isEqualTo(1);
		String path = "/api/v1/emulation-clusters/" + cluster + "/scores/" + unitId("610") + "?year=2023";
		HttpResponse<String> out = tinh.putJson(path, "{\"1\":31,\"2\":40}");
		assertThat(out.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(out.body(), "$.errors[*].field")).containsExactlyInAnyOrder("points.1", "points.3");
		HttpResponse<String> notMember = tinh.putJson("/api/v1/emulation-clusters/" + cluster + "/scores/" + unitId("608") + "?year=2023",
				"{\"1\":10,\"2\":10,\"3\":10}");
		assertThat(JsonPath.<List<String>>read(notMember.body(), "$.errors[*].field")).containsExactly("unitId");
		assertThat(TestHttp.basic(port, "huyen.dakglei").putJson(path, "{\"1\":30,\"2\":40,\"3\":30}").statusCode()).isEqualTo(403);
		String scored = tinh.putJson(path, "{\"1\":30,\"2\":40,\"3\":30}").body();
		assertThat(JsonPath.<String>read(scored, "$.items[0].code")).isEqualTo("610");
		assertThat(JsonPath.<Integer>read(scored, "$.items[0].total")).isEqualTo(100);
	}

	@Test
	void aDecisionAwardingAUnitOutsideTheIssuersScopeIsRefusedWhole() {
		String name = "Tổ tự quản " + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> outside = TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/units/62/commendations", decision(name, "64"));
		assertThat(outside.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<Integer>>read(outside.body(), "$.errors[*].row")).containsExactly(2);
		assertThat(outside.body()).contains("không thuộc phạm vi");
		HttpResponse<String> district = TestHttp.basic(port, "huyen.dakglei").postJson("/api/v1/units/610/commendations", decision(name, "608"));
		assertThat(district.statusCode()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from commendation_award where name = :n").param("n", name).query(Long.class).single()).isZero();
		assertThat(TestHttp.basic(port, "phunu.kontum").postJson("/api/v1/units/62/commendations", decision(name, "608")).statusCode())
			.isEqualTo(403);
	}

	@Test
	void aDecisionIsIssuedAsAWordDocumentAndFoundInTheHistory() throws Exception {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		String name = "Tổ phụ nữ đường hoa " + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> created = tinh.postJson("/api/v1/units/62/commendations", decision(name, "608"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		int id = JsonPath.read(created.body(), "$.id");
		byte[] docx = tinh.getBytes("/api/v1/commendations/" + id + "/document.docx").body();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("QUYẾT ĐỊNH", "Về việc tặng Giấy khen", "Số: 07/QĐ-MTTQ-BTT", name, "Thành phố Kon Tum");
		}
		String folded = name.replace("Tổ phụ nữ đường hoa", "to phu nu duong hoa").replace(' ', '+');
		String history = tinh.get("/api/v1/commendations/history?unit=62&q=" + folded).body();
		assertThat(JsonPath.<List<String>>read(history, "$.items[*].name")).containsExactly(name);
		String demo = TestHttp.basic(port, "xa.dakpek").get("/api/v1/commendations/history?unit=23353&q=dak+ung").body();
		assertThat(JsonPath.<List<String>>read(demo, "$.items[*].form")).contains("BANG_KHEN");
		assertThat(TestHttp.basic(port, "xa.dakpek").get("/api/v1/commendations/history?unit=62").statusCode()).isEqualTo(403);
		String page = TestHttp.session(port, "tinh.kontum").get("/reviews/commendations?year=2023&q=" + folded).body();
		assertThat(page).contains("07/QĐ-MTTQ-BTT", "cluster-ranking", "id=\"history\"", name);
	}

	@Test
	void aDistrictNominatesWithinItsScopeAndTheProvinceSeesTheNominations() {
		TestHttp huyen = TestHttp.basic(port, "huyen.dakglei");
		String name = "Ông A Đen " + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> outside = huyen.postJson("/api/v1/units/610/nominations",
				"{\"year\":2023,\"kind\":\"INDIVIDUAL\",\"name\":\"" + name + "\",\"unitCode\":\"608\",\"reason\":\"Người có uy tín\"}");
		assertThat(outside.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(outside.body(), "$.errors[*].field")).containsExactly("unitCode");
		HttpResponse<String> ok = huyen.postJson("/api/v1/units/610/nominations", "{\"year\":2023,\"kind\":\"INDIVIDUAL\",\"name\":\"" + name
				+ "\",\"unitCode\":\"23353\",\"reason\":\"Người có uy tín tiêu biểu\",\"supportingData\":\"Vận động hiến 500 m² đất làm đường\"}");
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
		String listed = TestHttp.basic(port, "tinh.kontum").get("/api/v1/nominations?unit=62&year=2023").body();
		assertThat(JsonPath.<List<String>>read(listed, "$.items[*].name")).contains(name);
		assertThat(TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/units/62/nominations", "{}").statusCode()).isEqualTo(403);
	}

	private static String decision(String name, String secondUnit) {
		return """
				{"number":7,"symbol":"QĐ-MTTQ-BTT","issuedOn":"2023-11-16","form":"GIAY_KHEN","summary":"tiêu biểu năm 2023",
				 "awards":[{"kind":"COLLECTIVE","name":"Ban công tác Mặt trận thôn 1","unitCode":"23353","reason":"Khu dân cư tiêu biểu"},
				           {"kind":"COLLECTIVE","name":"%s","unitCode":"%s","reason":"Giữ gìn an ninh trật tự"}]}""".formatted(name, secondUnit);
	}

	private long cluster() {
		return jdbc.sql("select id from emulation_cluster where name = 'Cụm thi đua số 1 (các huyện phía Bắc)'").query(Long.class).single();
	}

	private long unitId(String code) {
		return jdbc.sql("select id from unit where code = :c and catalog = '2023'").param("c", code).query(Long.class).single();
	}

}
