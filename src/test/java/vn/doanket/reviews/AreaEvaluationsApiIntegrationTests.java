package vn.doanket.reviews;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AreaEvaluationsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void classesRollUpFromAreasToTheProvince() {
		String province = TestHttp.basic(port, "tinh.kontum").get("/api/v1/area-evaluations/summary?unit=62&year=2023").body();
		assertThat(JsonPath.<Integer>read(province, "$.total")).isEqualTo(10);
		int evaluated = JsonPath.<List<Integer>>read(province, "$.items[?(@.unitCode == '610')].evaluated").get(0);
		assertThat(evaluated).isGreaterThanOrEqualTo(2);
		String commune = TestHttp.basic(port, "xa.dakpek").get("/api/v1/area-evaluations/summary?unit=23353&year=2023").body();
		List<Integer> perArea = JsonPath.read(commune, "$.items[*].evaluated");
		assertThat(perArea.stream().mapToInt(Integer::intValue).sum()).isEqualTo(evaluated);
		String district = TestHttp.basic(port, "huyen.dakglei").get("/api/v1/area-evaluations/summary?unit=610&year=2023").body();
		assertThat(JsonPath.<List<Integer>>read(district, "$.items[?(@.unitCode == '23353')].perClass['Xuất sắc']").get(0))
			.isGreaterThanOrEqualTo(1);
		assertThat(TestHttp.basic(port, "xa.dakpek").get("/api/v1/area-evaluations/summary?unit=610&year=2023").statusCode()).isEqualTo(403);
	}

	@Test
	void anAreaAssessesItselfAndTheCommuneConfirmsAndClassifies() {
		TestHttp xa = TestHttp.basic(port, "xa.dakpek");
		long area = unevaluatedAreaOfDakPek();
		HttpResponse<String> outOfRange = xa.putJson(path(area), "{\"points\":{\"1.1\":25,\"2.1\":18,\"3.1\":-1,\"4.1\":18,\"9.9\":3}}");
		assertThat(outOfRange.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(outOfRange.body(), "$.errors[*].field")).containsExactlyInAnyOrder("points.1.1", "points.3.1",
				"points.5.1", "points.9.9");
		assertThat(outOfRange.body()).contains("điểm tiêu chí 1.1 phải từ 0 đến 20");
		assertThat(jdbc.sql("select count(*) from area_evaluation where area_id = :a").param("a", area).query(Long.class).single()).isZero();
		HttpResponse<String> saved = xa.putJson(path(area), "{\"points\":{\"1.1\":18,\"2.1\":18,\"3.1\":18,\"4.1\":18,\"5.1\":19}}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(saved.body(), "$.status")).isEqualTo("SELF_ASSESSED");
		assertThat(JsonPath.<Integer>read(saved.body(), "$.selfTotal")).isEqualTo(91);
		assertThat(TestHttp.basic(port, "phunu.kontum").postJson(path(area) + "/confirm", "{}").statusCode()).isEqualTo(403);
		HttpResponse<String> confirmed = xa.postJson(path(area) + "/confirm", "{\"points\":{\"5.1\":10}}");
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(confirmed.body(), "$.confirmedTotal")).isEqualTo(82);
		assertThat(JsonPath.<String>read(confirmed.body(), "$.classLabel")).isEqualTo("Khá");
		assertThat(xa.putJson(path(area), "{\"points\":{\"1.1\":20,\"2.1\":20,\"3.1\":20,\"4.1\":20,\"5.1\":20}}").statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(TestHttp.basic(port, "tinh.kontum").get(path(area)).body(), "$.classLabel")).isEqualTo("Khá");
	}

	@Test
	void onlyOfficersOfTheAreasCommuneLineMayAssess() {
		long cityArea = jdbc.sql("""
				select a.id from residential_area a join unit u on u.id = a.commune_id where u.code = '23281' and u.catalog = '2023'
				order by a.id limit 1""").query(Long.class).single();
		String points = "{\"points\":{\"1.1\":18,\"2.1\":18,\"3.1\":18,\"4.1\":18,\"5.1\":19}}";
		assertThat(TestHttp.basic(port, "huyen.dakglei").putJson(path(cityArea), points).statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "ketoan.kontum").putJson(path(unevaluatedAreaOfDakPek()), points).statusCode()).isEqualTo(403);
	}

	@Test
	void theProvinceSetsCriteriaAndClassesAndBadOnesAreRefusedRowByRow() {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		HttpResponse<String> bad = tinh.putJson("/api/v1/area-evaluations/scheme?unit=62&year=2031", """
				{"criteria":[{"code":"1.1","contentNo":7,"text":"Kinh tế","maxPoints":20},{"code":"1.1","contentNo":1,"text":"X","maxPoints":0}],
				 "classes":[{"minPoints":90,"label":"Xuất sắc"}]}""");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(bad.body(), "$.errors[*].field")).containsExactlyInAnyOrder("contentNo", "code", "maxPoints");
		assertThat(JsonPath.<List<Integer>>read(bad.body(), "$.errors[*].row")).containsExactlyInAnyOrder(1, 2, 2);
		HttpResponse<String> ok = tinh.putJson("/api/v1/area-evaluations/scheme?unit=62&year=2031", """
				{"criteria":[{"code":"A","contentNo":1,"text":"Kinh tế","maxPoints":50},{"code":"B","contentNo":2,"text":"Văn hóa","maxPoints":50}],
				 "classes":[{"minPoints":95,"label":"Tiêu biểu"},{"minPoints":0,"label":"Chưa đạt"}]}""");
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(tinh.get("/api/v1/area-evaluations/scheme?unit=610&year=2031").body(), "$.classes[*].label"))
			.containsExactly("Tiêu biểu", "Chưa đạt");
		HttpResponse<String> inUse = tinh.putJson("/api/v1/area-evaluations/scheme?unit=62&year=2023", """
				{"criteria":[{"code":"A","contentNo":1,"text":"Kinh tế","maxPoints":100}],"classes":[{"minPoints":0,"label":"Đạt"}]}""");
		assertThat(inUse.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(inUse.body(), "$.errors[*].field")).containsExactly("year");
		assertThat(TestHttp.basic(port, "huyen.dakglei").putJson("/api/v1/area-evaluations/scheme?unit=610&year=2032", "{}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void theCommuneOfficerAssessesOnThePageAndOutOfRangePointsAreRefused() {
		TestHttp xa = TestHttp.session(port, "xa.dakpek");
		long area = unevaluatedAreaOfDakPek();
		String page = "/reviews/evaluations/areas/" + area + "?year=2023";
		assertThat(xa.get(page).body()).contains("save-evaluation", "Phát triển kinh tế");
		java.util.Map<String, String> tooMany = new java.util.LinkedHashMap<>();
		tooMany.put("code", "1.1");
		tooMany.put("points", "21");
		assertThat(xa.postForm("/reviews/evaluations/areas/" + area + "/self?year=2023", tooMany).statusCode()).isEqualTo(302);
		assertThat(xa.get(page).body()).contains("điểm tiêu chí 1.1 phải từ 0 đến 20");
		assertThat(jdbc.sql("select count(*) from area_evaluation where area_id = :a").param("a", area).query(Long.class).single()).isZero();
		String summary = xa.get("/reviews/evaluations?unit=" + communeId() + "&year=2023").body();
		assertThat(summary).contains("evaluation-summary", "Xuất sắc", "Thôn Đắk Ung");
	}

	private long communeId() {
		return jdbc.sql("select id from unit where code = '23353' and catalog = '2023'").query(Long.class).single();
	}

	private long unevaluatedAreaOfDakPek() {
		return jdbc.sql("""
				select a.id from residential_area a join unit u on u.id = a.commune_id where u.code = '23353' and u.catalog = '2023'
				and not exists (select 1 from area_evaluation e where e.area_id = a.id) order by a.id desc limit 1""").query(Long.class).single();
	}

	private static String path(long area) {
		return "/api/v1/residential-areas/" + area + "/evaluations/2023";
	}

}
