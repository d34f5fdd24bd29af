package vn.doanket.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

/** Who reads, edits and exports which plan: the issuer's scope edits; lower units read issued plans only. */
@IntegrationTest
class PlanAccessIntegrationTests {

	@LocalServerPort
	int port;

	private long create(String username, String extra) {
		String body = "{\"title\": \"Kế hoạch phạm vi " + System.nanoTime() + "\", \"issuedOn\": \"2023-03-01\"" + extra
				+ ", \"sections\": [{\"label\": \"I\", \"title\": \"NỘI DUNG\", \"items\": [{\"label\": \"1\", \"title\": \"Tuyên truyền\", \"timeframe\": {\"text\": \"Thường xuyên\"}}]}],"
				+ " \"recipients\": [{\"name\": \"BTT UBMTTQVN các huyện, thành phố\", \"purpose\": \"T_H\", \"delivery\": \"LOWER\"}]}";
		HttpResponse<String> response = TestHttp.basic(port, username).postJson("/api/v1/plans", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JsonPath.parse(response.body()).read("$.id", Long.class);
	}

	private long issued(String username) {
		long id = create(username, "");
		assertThat(TestHttp.basic(port, username).postJson("/api/v1/plans/" + id + "/issue", "{}").statusCode()).isEqualTo(200);
		return id;
	}

	private int status(String username, String path) {
		return TestHttp.basic(port, username).get(path).statusCode();
	}

	@Test
	void aProvinceDraftIsReadOnlyInTheProvinceScope() {
		long draft = create("tinh.kontum", "");

		assertThat(status("tinh.kontum", "/api/v1/plans/" + draft)).isEqualTo(200);
		assertThat(status("phunu.kontum", "/api/v1/plans/" + draft)).isEqualTo(200);
		assertThat(status("huyen.dakglei", "/api/v1/plans/" + draft)).isEqualTo(403);
		assertThat(status("xa.dakpek", "/api/v1/plans/" + draft)).isEqualTo(403);
		assertThat(TestHttp.stateless(port).get("/api/v1/plans/" + draft).statusCode()).isEqualTo(401);
	}

	@Test
	void anIssuedPlanIsReadBelowButEditedOnlyByItsIssuer() {
		long plan = issued("tinh.kontum");

		assertThat(status("huyen.dakglei", "/api/v1/plans/" + plan)).isEqualTo(200);
		assertThat(status("xa.dakpek", "/api/v1/plans/" + plan)).isEqualTo(200);
		assertThat(TestHttp.basic(port, "xa.dakpek").putJson("/api/v1/plans/" + plan, "{\"title\": \"x\"}").statusCode())
			.isEqualTo(403);
		assertThat(TestHttp.basic(port, "huyen.dakglei").postJson("/api/v1/plans/" + plan + "/issue", "{}").statusCode())
			.isEqualTo(403);
		assertThat(TestHttp.basic(port, "xa.dakpek").get("/api/v1/plans?year=2023").body()).contains("\"id\":" + plan);
	}

	@Test
	void aDistrictWritesItsOwnPlansNotTheProvincesAndTheProvinceReadsThem() {
		long own = create("huyen.dakglei", "");
		HttpResponse<String> forProvince = TestHttp.basic(port, "huyen.dakglei")
			.postJson("/api/v1/plans", "{\"issuerUnitId\": " + provinceId() + ", \"title\": \"Không được\"}");

		assertThat(forProvince.statusCode()).isEqualTo(403);
		assertThat(status("tinh.kontum", "/api/v1/plans/" + own)).isEqualTo(200);
		assertThat(status("xa.dakpek", "/api/v1/plans/" + own)).isEqualTo(403);
		HttpResponse<String> commune = TestHttp.basic(port, "xa.dakpek").postJson("/api/v1/plans", "{\"title\": \"Kế hoạch của xã\"}");
		assertThat(commune.statusCode()).isEqualTo(201);
		assertThat(JsonPath.parse(commune.body()).read("$.issuerName", String.class)).isEqualTo("Xã Đắk Pék");
	}

	private long provinceId() {
		String json = TestHttp.basic(port, "tinh.kontum").get("/api/v1/units/62").body();
		return JsonPath.parse(json).read("$.id", Long.class);
	}

	@Test
	void onlyPlanManagersImport() {
		byte[] seed = PlanTexts.seed().getBytes(StandardCharsets.UTF_8);
		assertThat(TestHttp.basic(port, "ketoan.kontum").upload("/api/v1/plans/import", "a.txt", seed).statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "phunu.kontum").upload("/api/v1/plans/import", "a.txt", seed).statusCode()).isEqualTo(403);
		assertThat(TestHttp.stateless(port).upload("/api/v1/plans/import", "a.txt", seed).statusCode()).isEqualTo(401);
	}

	@Test
	void documentsAreExportedToThoseWhoReadThePlan() {
		long plan = issued("tinh.kontum");
		HttpResponse<byte[]> docx = TestHttp.basic(port, "xa.dakpek").getBytes("/api/v1/plans/" + plan + "/document.docx");
		HttpResponse<byte[]> pdf = TestHttp.basic(port, "ketoan.kontum").getBytes("/api/v1/plans/" + plan + "/document.pdf");

		assertThat(docx.statusCode()).isEqualTo(200);
		assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).contains(".docx");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		long draft = create("tinh.kontum", "");
		assertThat(TestHttp.basic(port, "huyen.dakglei").getBytes("/api/v1/plans/" + draft + "/document.pdf").statusCode())
			.isEqualTo(403);
	}

}
