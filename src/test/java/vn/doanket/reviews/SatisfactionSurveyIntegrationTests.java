package vn.doanket.reviews;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SatisfactionSurveyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoRoundShowsCoverageAndTheSatisfiedShareAgainstItsThresholds() {
		long round = jdbc.sql("select id from survey_round where title = :t").param("t", SurveysDemoData.ROUND).query(Long.class).single();
		String body = TestHttp.basic(port, "xa.dakpek").get("/api/v1/survey-rounds/" + round).body();
		int households = JsonPath.read(body, "$.households");
		int surveyed = JsonPath.read(body, "$.surveyed");
		assertThat(households).isEqualTo(jdbc.sql("""
				select sum(households) from residential_area a join unit u on u.id = a.commune_id where u.code = '23353' and u.catalog = '2023'""")
			.query(Integer.class).single());
		assertThat(JsonPath.<Double>read(body, "$.coveragePct")).isEqualTo(Math.round(surveyed * 1000.0 / households) / 10.0);
		assertThat(JsonPath.<Integer>read(body, "$.round.minCoveragePct")).isEqualTo(70);
		String page = TestHttp.session(port, "huyen.dakglei").get("/reviews/surveys/" + round).body();
		assertThat(page).contains("survey-result", String.valueOf(JsonPath.<Double>read(body, "$.satisfiedPct")) + "%");
		assertThat(TestHttp.basic(port, "xa.dakpek").get("/api/v1/survey-rounds?unit=23353").body()).contains(SurveysDemoData.ROUND);
		TestHttp xa = TestHttp.session(port, "xa.dakpek");
		long area = jdbc.sql("""
				select a.id from residential_area a join unit u on u.id = a.commune_id where u.code = '23353' and u.catalog = '2023'
				order by a.id desc limit 1""").query(Long.class).single();
		assertThat(xa.get("/reviews/surveys/" + round).body()).contains("tally-form");
		xa.postForm("/reviews/surveys/" + round + "/tallies", java.util.Map.of("areaId", String.valueOf(area), "householdsSurveyed", "100000"));
		assertThat(xa.get("/reviews/surveys/" + round).body()).contains("không thể lớn hơn số hộ của khu dân cư");
		assertThat(jdbc.sql("select count(*) from survey_tally where round_id = :r and area_id = :a").param("r", round).param("a", area)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aCommuneRunsARoundAndATallyAboveTheHouseholdsIsRefused() {
		TestHttp xa = TestHttp.basic(port, "xa.dakpek");
		HttpResponse<String> template = xa.postJson("/api/v1/survey-templates", """
				{"name":"Phiếu đô thị văn minh %s","questions":[{"text":"Ông/bà có hài lòng không?","measuresSatisfaction":true,
				 "options":[{"label":"Hài lòng","satisfied":true},{"label":"Không hài lòng"}]}]}""".formatted(UUID.randomUUID()));
		assertThat(template.statusCode()).as(template.body()).isEqualTo(201);
		int templateId = JsonPath.read(template.body(), "$.id");
		HttpResponse<String> badRound = xa.postJson("/api/v1/units/23353/survey-rounds",
				"{\"templateId\":" + templateId + ",\"title\":\"Đợt 2\",\"startsOn\":\"2023-11-01\",\"endsOn\":\"2023-11-20\",\"minCoveragePct\":0,\"satisfiedThresholdPct\":120}");
		assertThat(JsonPath.<List<String>>read(badRound.body(), "$.errors[*].field")).containsExactlyInAnyOrder("minCoveragePct",
				"satisfiedThresholdPct");
		HttpResponse<String> created = xa.postJson("/api/v1/units/23353/survey-rounds",
				"{\"templateId\":" + templateId + ",\"title\":\"Đợt 2\",\"startsOn\":\"2023-11-01\",\"endsOn\":\"2023-11-20\",\"minCoveragePct\":70,\"satisfiedThresholdPct\":90}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		int round = JsonPath.read(created.body(), "$.round.id");
		int satisfiedOption = JsonPath.<Integer>read(created.body(), "$.round.questions[0].options[0].id");
		int otherOption = JsonPath.<Integer>read(created.body(), "$.round.questions[0].options[1].id");
		long area = JsonPath.<Integer>read(created.body(), "$.round.areas[0].areaId");
		int households = JsonPath.<Integer>read(created.body(), "$.round.areas[0].households");
		HttpResponse<String> tooMany = xa.putJson("/api/v1/survey-rounds/" + round + "/tallies/" + area,
				"{\"householdsSurveyed\":" + (households + 1) + ",\"answers\":{\"" + satisfiedOption + "\":1}}");
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("householdsSurveyed", "không thể lớn hơn số hộ");
		HttpResponse<String> answersAbove = xa.putJson("/api/v1/survey-rounds/" + round + "/tallies/" + area,
				"{\"householdsSurveyed\":10,\"answers\":{\"" + satisfiedOption + "\":8,\"" + otherOption + "\":3}}");
		assertThat(answersAbove.statusCode()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from survey_tally where round_id = :r").param("r", round).query(Long.class).single()).isZero();
		HttpResponse<String> ok = xa.putJson("/api/v1/survey-rounds/" + round + "/tallies/" + area,
				"{\"householdsSurveyed\":" + households + ",\"answers\":{\"" + satisfiedOption + "\":" + (households - 1) + ",\"" + otherOption + "\":1}}");
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(ok.body(), "$.surveyed")).isEqualTo(households);
		assertThat(JsonPath.<Integer>read(ok.body(), "$.satisfied")).isEqualTo(households - 1);
		assertThat(TestHttp.basic(port, "ketoan.kontum").putJson("/api/v1/survey-rounds/" + round + "/tallies/" + area, "{}").statusCode())
			.isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name like 'survey_tally%' and column_name like '%name%'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aTemplateNeedsExactlyOneSatisfactionQuestion() {
		HttpResponse<String> bad = TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/survey-templates", """
				{"name":"Phiếu sai","questions":[{"text":"Câu 1","options":[{"label":"Có"}]}]}""");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(bad.body(), "$.errors[*].field")).containsExactlyInAnyOrder("questions", "options");
		assertThat(TestHttp.basic(port, "phunu.kontum").postJson("/api/v1/survey-templates", "{}").statusCode()).isEqualTo(403);
	}

}
