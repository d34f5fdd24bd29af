package vn.doanket.reviews;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
	void singleAnonymousBallotsCountWithTheTallyUpToTheHouseholdsOfTheArea() {
		TestHttp xa = TestHttp.basic(port, "xa.dakpek");
		HttpResponse<String> template = xa.postJson("/api/v1/survey-templates", """
				{"name":"Phiếu từng hộ %s","questions":[{"text":"Có hài lòng không?","measuresSatisfaction":true,
				 "options":[{"label":"Hài lòng","satisfied":true},{"label":"Chưa hài lòng"}]},
				 {"text":"Đường thôn so với trước?","options":[{"label":"Tốt hơn"},{"label":"Như cũ"}]}]}""".formatted(UUID.randomUUID()));
		assertThat(template.statusCode()).as(template.body()).isEqualTo(201);
		int templateId = JsonPath.read(template.body(), "$.id");
		HttpResponse<String> opened = xa.postJson("/api/v1/units/23353/survey-rounds", "{\"templateId\":" + templateId
				+ ",\"title\":\"Đợt từng phiếu\",\"startsOn\":\"2023-11-06\",\"endsOn\":\"2023-11-17\",\"minCoveragePct\":70,\"satisfiedThresholdPct\":90}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String created = opened.body();
		int round = JsonPath.read(created, "$.round.id");
		int satisfaction = JsonPath.read(created, "$.round.questions[0].id");
		int road = JsonPath.read(created, "$.round.questions[1].id");
		int yes = JsonPath.read(created, "$.round.questions[0].options[0].id");
		int no = JsonPath.read(created, "$.round.questions[0].options[1].id");
		int better = JsonPath.read(created, "$.round.questions[1].options[0].id");
		// the demo areas of Đắk Pék with the most households (other tests may add small areas to the commune)
		List<Map<String, Object>> areas = JsonPath.<List<Map<String, Object>>>read(created, "$.round.areas[*]").stream()
			.sorted(Comparator.comparing((Map<String, Object> a) -> (Integer) a.get("households")).reversed()).toList();
		int area = (Integer) areas.get(0).get("areaId");
		int households = (Integer) areas.get(0).get("households");
		assertThat(households).isGreaterThanOrEqualTo(3);
		String ballots = "/api/v1/survey-rounds/" + round + "/ballots";

		HttpResponse<String> bad = xa.postJson(ballots, "{\"areaId\":" + area + ",\"answers\":{\"" + road + "\":" + yes + ",\"999999\":" + better + "}}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Đường thôn so với trước?", "999999", "chưa chọn phương án cho câu “Có hài lòng không?”");
		assertThat(jdbc.sql("select count(*) from survey_ballot where round_id = :r").param("r", round).query(Long.class).single()).isZero();
		assertThat(TestHttp.basic(port, "ketoan.kontum").postJson(ballots, "{\"areaId\":" + area + "}").statusCode()).isEqualTo(403);

		HttpResponse<String> tally = xa.putJson("/api/v1/survey-rounds/" + round + "/tallies/" + area, "{\"householdsSurveyed\":" + (households - 2)
				+ ",\"answers\":{\"" + yes + "\":" + (households - 3) + ",\"" + no + "\":1}}");
		assertThat(tally.statusCode()).as(tally.body()).isEqualTo(200);
		HttpResponse<String> first = xa.postJson(ballots, "{\"areaId\":" + area + ",\"answers\":{\"" + satisfaction + "\":" + yes + ",\"" + road
				+ "\":" + better + "}}");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		HttpResponse<String> secondBallot = xa.postJson(ballots, "{\"areaId\":" + area + ",\"answers\":{\"" + satisfaction + "\":" + no + "}}");
		assertThat(secondBallot.statusCode()).as(secondBallot.body()).isEqualTo(200);
		String second = secondBallot.body();
		assertThat(JsonPath.<List<Integer>>read(second, "$.round.areas[?(@.areaId == " + area + ")].surveyed")).containsExactly(households);
		assertThat(JsonPath.<List<Integer>>read(second, "$.round.areas[?(@.areaId == " + area + ")].satisfied")).containsExactly(households - 2);
		assertThat(JsonPath.<List<Integer>>read(second, "$.round.areas[?(@.areaId == " + area + ")].ballots")).containsExactly(2);
		assertThat(JsonPath.<Integer>read(second, "$.surveyed")).isEqualTo(households);

		HttpResponse<String> full = xa.postJson(ballots, "{\"areaId\":" + area + ",\"answers\":{\"" + satisfaction + "\":" + yes + "}}");
		assertThat(full.statusCode()).isEqualTo(400);
		assertThat(full.body()).contains("đã đủ số hộ được khảo sát");
		HttpResponse<String> tallyAbove = xa.putJson("/api/v1/survey-rounds/" + round + "/tallies/" + area,
				"{\"householdsSurveyed\":" + (households - 1) + ",\"answers\":{}}");
		assertThat(tallyAbove.statusCode()).isEqualTo(400);
		assertThat(tallyAbove.body()).contains("cùng 2 phiếu đã nhập từng phiếu");
		assertThat(jdbc.sql("select count(*) from survey_ballot where round_id = :r").param("r", round).query(Long.class).single()).isEqualTo(2);

		TestHttp page = TestHttp.session(port, "xa.dakpek");
		int other = (Integer) areas.get(1).get("areaId");
		page.postForm("/reviews/surveys/" + round + "/ballots", java.util.Map.of("areaId", String.valueOf(other), "q" + satisfaction, String.valueOf(yes)));
		String body = page.get("/reviews/surveys/" + round).body();
		assertThat(body).contains("Đã lưu phiếu.", "ballot-form");
		assertThat(JsonPath.<List<Integer>>read(xa.get("/api/v1/survey-rounds/" + round).body(),
				"$.round.areas[?(@.areaId == " + other + ")].satisfied")).containsExactly(1);
	}

	@Test
	void aRoundLastsAtMostTwentyWorkingDays() {
		TestHttp xa = TestHttp.basic(port, "xa.dakpek");
		long template = jdbc.sql("select id from survey_template where name = :n").param("n", SurveysDemoData.TEMPLATE).query(Long.class).single();
		String round = "{\"templateId\":" + template + ",\"title\":\"Đợt dài %s\",\"startsOn\":\"2023-10-02\",\"endsOn\":\"%s\","
				+ "\"minCoveragePct\":70,\"satisfiedThresholdPct\":90}";
		String title = UUID.randomUUID().toString();
		HttpResponse<String> tooLong = xa.postJson("/api/v1/units/23353/survey-rounds", round.formatted(title, "2023-10-30"));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(tooLong.body(), "$.errors[*].field")).containsExactly("endsOn");
		assertThat(tooLong.body()).contains("tối đa 20 ngày làm việc", "có 21 ngày làm việc");
		assertThat(jdbc.sql("select count(*) from survey_round where title = :t").param("t", "Đợt dài " + title).query(Long.class).single()).isZero();
		assertThat(xa.postJson("/api/v1/units/23353/survey-rounds", round.formatted(title, "2023-10-29")).statusCode()).as("20 working days")
			.isEqualTo(201);
	}

	@Test
	void ballotTemplatesOfTheSurveyTypesOfGuidance90AreReady() {
		String templates = TestHttp.basic(port, "xa.dakpek").get("/api/v1/survey-templates").body();
		assertThat(JsonPath.<List<String>>read(templates, "$.items[*].name")).contains(SurveysDemoData.TEMPLATE)
			.containsAll(SurveysDemoData.GUIDANCE_90.keySet());
		assertThat(SurveysDemoData.GUIDANCE_90.keySet()).anyMatch(n -> n.contains("nông thôn mới nâng cao"))
			.anyMatch(n -> n.contains("kiểu mẫu")).anyMatch(n -> n.contains("đô thị văn minh"));
		assertThat(jdbc.sql("""
				select count(*) from survey_question q join survey_template t on t.id = q.template_id
				where t.name like '%đô thị văn minh' and q.measures_satisfaction""").query(Long.class).single()).isEqualTo(1);
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
