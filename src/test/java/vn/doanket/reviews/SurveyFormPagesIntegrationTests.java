package vn.doanket.reviews;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SurveyFormPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProvinceCreatesATemplateAndOpensARoundForADistrict() {
		String name = "Phiếu nông thôn mới " + UUID.randomUUID();
		TestHttp tinh = TestHttp.session(port, "tinh.kontum");
		assertThat(tinh.get("/reviews/surveys").body()).contains("id=\"templates-link\"", "round-form");
		Map<String, String> template = new LinkedHashMap<>();
		template.put("name", name);
		template.put("q0.text", "Ông/bà có hài lòng với kết quả xây dựng nông thôn mới?");
		template.put("measures", "0");
		template.put("q0.o0.label", "Hài lòng");
		template.put("q0.o0.satisfied", "1");
		template.put("q0.o1.label", "Không hài lòng");
		template.put("q1.text", "Ông/bà có tham gia góp ý?");
		template.put("q1.o0.label", "Có");
		template.put("q1.o1.label", "Không");
		assertThat(tinh.postForm("/reviews/surveys/templates", template).statusCode()).isEqualTo(302);
		assertThat(tinh.get("/reviews/surveys/templates").body()).contains("Đã tạo mẫu phiếu", name);
		long templateId = jdbc.sql("select id from survey_template where name = :n").param("n", name).query(Long.class).single();

		String title = "Khảo sát huyện Đắk Glei " + UUID.randomUUID();
		Map<String, String> round = new LinkedHashMap<>(Map.of("unitCode", "610", "templateId", String.valueOf(templateId), "title", title,
				"startsOn", "2023-11-01", "endsOn", "2023-11-20", "minCoveragePct", "70", "satisfiedThresholdPct", "150"));
		assertThat(follow(tinh, tinh.postForm("/reviews/surveys/rounds", round))).contains("form-errors", "Ngưỡng hài lòng (%): phải từ 1 đến 100", title);
		assertThat(roundCount(title)).isZero();
		round.put("satisfiedThresholdPct", "90");
		assertThat(follow(tinh, tinh.postForm("/reviews/surveys/rounds", round))).contains("Đã mở đợt khảo sát", title);
		assertThat(roundCount(title)).isEqualTo(1);
	}

	@Test
	void aTemplateWithoutASatisfactionQuestionIsRefusedAndKeepsWhatWasTyped() {
		String name = "Phiếu thiếu câu " + UUID.randomUUID();
		String page = TestHttp.session(port, "tinh.kontum").postForm("/reviews/surveys/templates",
				Map.of("name", name, "q0.text", "Câu một", "q0.o0.label", "Có")).body();
		assertThat(page).contains("form-errors", "cần đúng một câu hỏi đo mức độ hài lòng", "cần ít nhất hai phương án", "value=\"" + name + "\"");
		assertThat(jdbc.sql("select count(*) from survey_template where name = :n").param("n", name).query(Long.class).single()).isZero();
	}

	@Test
	void aCommuneOfficerCannotOpenARoundForItsDistrict() {
		String title = "Đợt không được mở " + UUID.randomUUID();
		long templateId = jdbc.sql("select id from survey_template order by id limit 1").query(Long.class).single();
		HttpResponse<String> refused = TestHttp.session(port, "xa.dakpek").postForm("/reviews/surveys/rounds",
				Map.of("unitCode", "610", "templateId", String.valueOf(templateId), "title", title, "startsOn", "2023-11-01", "endsOn",
						"2023-11-20", "minCoveragePct", "70", "satisfiedThresholdPct", "90"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(roundCount(title)).isZero();
		TestHttp accountant = TestHttp.session(port, "ketoan.kontum");
		assertThat(accountant.get("/reviews/surveys/templates").body()).contains("survey-templates").doesNotContain("template-form");
		assertThat(accountant.postForm("/reviews/surveys/templates", Map.of("name", title)).statusCode())
			.isEqualTo(403);
	}

	/** The page a 302 leads to, so that its one-time notice is shown. */
	private static String follow(TestHttp http, HttpResponse<String> redirect) {
		assertThat(redirect.statusCode()).isEqualTo(302);
		java.net.URI location = java.net.URI.create(redirect.headers().firstValue("Location").orElseThrow());
		return http.get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery())).body();
	}

	private long roundCount(String title) {
		return jdbc.sql("select count(*) from survey_round where title = :t").param("t", title).query(Long.class).single();
	}

}
