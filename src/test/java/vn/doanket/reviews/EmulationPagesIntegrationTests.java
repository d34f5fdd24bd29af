package vn.doanket.reviews;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EmulationPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProvinceSetsCriteriaScoresAMemberAndSeesTheRanking() {
		long cluster = cluster();
		long district = unitId("610");
		int year = 2040 + ThreadLocalRandom.current().nextInt(30);
		String page = "/reviews/emulation/" + cluster + "?year=" + year;
		TestHttp tinh = TestHttp.session(port, "tinh.kontum");
		assertThat(tinh.get("/reviews/commendations?unit=" + unitId("62") + "&year=2023").body()).contains("/reviews/emulation/" + cluster);
		assertThat(tinh.get(page).body()).contains("criteria-form", "criteria-empty");

		String badCriteria = tinh.postForm("/reviews/emulation/" + cluster + "/criteria?year=" + year,
				Map.of("criteria[0].code", "TD1", "criteria[0].text", "Tổ chức Ngày hội Đại đoàn kết", "criteria[0].maxPoints", "5000")).body();
		assertThat(badCriteria).contains("điểm tối đa phải từ 1 đến 1000", "is-invalid", "value=\"5000\"");
		assertThat(criteriaCount(cluster, year)).isZero();

		HttpResponse<String> criteria = tinh.postForm("/reviews/emulation/" + cluster + "/criteria?year=" + year,
				Map.of("criteria[0].code", "TD1", "criteria[0].text", "Tổ chức Ngày hội Đại đoàn kết", "criteria[0].maxPoints", "50",
						"criteria[1].code", "TD2", "criteria[1].text", "Vận động Quỹ Vì người nghèo", "criteria[1].maxPoints", "30"));
		assertThat(criteria.statusCode()).isEqualTo(302);
		assertThat(criteriaCount(cluster, year)).isEqualTo(2);
		long other = jdbc.sql("""
				select m.unit_id from emulation_cluster_member m where m.cluster_id = :c and m.unit_id <> :d order by m.unit_id limit 1""")
			.param("c", cluster).param("d", district).query(Long.class).single();
		assertThat(tinh.get(page).body()).contains("Đã lưu 2 tiêu chí chấm điểm năm " + year, "scores-form",
				"name=\"points." + district + ".TD1\"", "name=\"points." + other + ".TD2\"");

		String score = "/reviews/emulation/" + cluster + "/scores?year=" + year;
		String refused = tinh.postForm(score, Map.of("points." + district + ".TD1", "40", "points." + district + ".TD2", "99",
				"points." + other + ".TD1", "abc", "points." + other + ".TD2", "20")).body();
		assertThat(refused).contains("form-errors", "Huyện Đắk Glei: điểm tiêu chí TD2 phải từ 0 đến 30", "value=\"99\"", "value=\"abc\"",
				"value=\"40\"", "value=\"20\"", "is-invalid");
		assertThat(refused).containsPattern(": điểm tiêu chí TD1 phải từ 0 đến 50");
		assertThat(scoreCount(cluster, year)).as("nothing saved while one row is wrong").isZero();

		HttpResponse<String> saved = tinh.postForm(score, Map.of("points." + district + ".TD1", "40", "points." + district + ".TD2", "25",
				"points." + other + ".TD1", "45", "points." + other + ".TD2", "30"));
		assertThat(saved.statusCode()).isEqualTo(302);
		URI location = URI.create(saved.headers().firstValue("Location").orElseThrow());
		String ranking = tinh.get(location.getRawPath() + "?" + location.getRawQuery()).body();
		assertThat(ranking).contains("emulation-scores", "Đã lưu điểm của 2 đơn vị", "<td class=\"text-end\">65</td>", "<td class=\"text-end\">75</td>");
		assertThat(scoreCount(cluster, year)).isEqualTo(4);
	}

	@Test
	void theWomensUnionSeesTheRankingButACommuneOfficerCannotScore() {
		long cluster = cluster();
		String page = TestHttp.session(port, "phunu.kontum").get("/reviews/emulation/" + cluster + "?year=2023").body();
		assertThat(page).contains("emulation-scores").doesNotContain("criteria-form", "save-scores");
		TestHttp xa = TestHttp.session(port, "xa.dakpek");
		assertThat(xa.get("/reviews/emulation/" + cluster + "?year=2023").statusCode()).isEqualTo(403);
		HttpResponse<String> refused = xa.postForm("/reviews/emulation/" + cluster + "/scores?year=2099",
				Map.of("points." + unitId("610") + ".X", "1"));
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	@Test
	void theApiScoresAllMembersAtOnceOrNothingNamingEveryBadRow() {
		long cluster = cluster();
		int year = 2070 + ThreadLocalRandom.current().nextInt(30);
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		assertThat(tinh.putJson("/api/v1/emulation-clusters/" + cluster + "/criteria?year=" + year,
				"[{\"code\":\"A\",\"text\":\"Tiêu chí A\",\"maxPoints\":10},{\"code\":\"B\",\"text\":\"Tiêu chí B\",\"maxPoints\":20}]")
			.statusCode()).isEqualTo(200);
		long district = unitId("610");
		long outsider = unitId("23353");
		String scores = "/api/v1/emulation-clusters/" + cluster + "/scores?year=" + year;
		HttpResponse<String> bad = tinh.putJson(scores, "{\"" + district + "\":{\"A\":11,\"B\":5},\"" + outsider + "\":{\"A\":1,\"B\":1}}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Huyện Đắk Glei: điểm tiêu chí A phải từ 0 đến 10", "đơn vị số " + outsider + " không phải thành viên");
		HttpResponse<String> missing = tinh.putJson(scores, "{\"" + district + "\":{\"A\":5}}");
		assertThat(missing.body()).contains("Huyện Đắk Glei: chưa nhập điểm tiêu chí B");
		assertThat(scoreCount(cluster, year)).isZero();
		assertThat(TestHttp.basic(port, "huyen.dakglei").putJson(scores, "{\"" + district + "\":{\"A\":5,\"B\":5}}").statusCode()).isEqualTo(403);
		HttpResponse<String> ok = tinh.putJson(scores, "{\"" + district + "\":{\"A\":10,\"B\":15}}");
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(ok.body()).contains("\"total\":25");
		assertThat(scoreCount(cluster, year)).isEqualTo(2);
	}

	@Test
	void aCriterionDerivedFromAnIndicatorScoresEveryMemberFromTheReportedFigures() {
		long cluster = jdbc.sql("select id from emulation_cluster where name = 'Cụm thi đua số 2 (thành phố và các huyện phía Nam)'")
			.query(Long.class).single();
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		String criteria = "/api/v1/emulation-clusters/" + cluster + "/criteria?year=2023";
		HttpResponse<String> unknown = tinh.putJson(criteria, "[{\"code\":\"N1\",\"text\":\"X\",\"maxPoints\":10,\"indicatorCode\":\"KHONG_CO\"}]");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("KHONG_CO");
		HttpResponse<String> defined = tinh.putJson(criteria, "[{\"code\":\"T1\",\"text\":\"Tổ chức Ngày hội\",\"maxPoints\":20},"
				+ "{\"code\":\"N1\",\"text\":\"Hộ thoát nghèo\",\"maxPoints\":30,\"indicatorCode\":\"ho_thoat_ngheo\"}]");
		assertThat(defined.statusCode()).as(defined.body()).isEqualTo(200);
		assertThat(defined.body()).contains("\"indicatorCode\":\"HO_THOAT_NGHEO\"");

		java.util.List<Long> members = jdbc.sql("select unit_id from emulation_cluster_member where cluster_id = :c order by unit_id")
			.param("c", cluster).query(Long.class).list();
		long first = members.get(0);
		String scores = "/api/v1/emulation-clusters/" + cluster + "/scores?year=2023";
		HttpResponse<String> typed = tinh.putJson(scores, "{\"" + first + "\":{\"T1\":10,\"N1\":30}}");
		assertThat(typed.statusCode()).isEqualTo(400);
		assertThat(typed.body()).contains("được tính từ chỉ tiêu HO_THOAT_NGHEO");
		HttpResponse<String> saved = tinh.putJson(scores, "{\"" + first + "\":{\"T1\":10}}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

		String analytics = tinh.get("/api/v1/analytics?indicator=HO_THOAT_NGHEO&period=2023&level=district&parent=62").body();
		Map<Long, Double> values = new java.util.HashMap<>();
		for (Map<String, Object> row : com.jayway.jsonpath.JsonPath.<java.util.List<Map<String, Object>>>read(analytics, "$.rows[*]")) {
			values.put(((Number) row.get("unitId")).longValue(), row.get("value") == null ? null : ((Number) row.get("value")).doubleValue());
		}
		double best = members.stream().map(values::get).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
		assertThat(best).as("the demo reports households out of poverty").isPositive();
		String ranking = tinh.get("/api/v1/emulation-clusters/" + cluster + "/ranking?year=2023").body();
		for (long member : members) {
			Double value = values.get(member);
			long expected = value == null ? 0 : Math.round(30 * value / best);
			assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Integer>>read(ranking, "$.items[?(@.unitId == " + member + ")].points.N1"))
				.as("derived points of unit " + member).containsExactly((int) expected);
		}
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Integer>>read(ranking, "$.items[?(@.unitId == " + first + ")].total"))
			.containsExactly(10 + (int) (values.get(first) == null ? 0 : Math.round(30 * values.get(first) / best)));
		String page = TestHttp.session(port, "tinh.kontum").get("/reviews/emulation/" + cluster + "?year=2023").body();
		assertThat(page).contains("từ chỉ tiêu HO_THOAT_NGHEO", "name=\"points." + first + ".T1\"").doesNotContain("name=\"points." + first + ".N1\"");
	}

	private long criteriaCount(long cluster, int year) {
		return jdbc.sql("select count(*) from emulation_criterion where cluster_id = :c and year = :y").param("c", cluster).param("y", year)
			.query(Long.class).single();
	}

	private long scoreCount(long cluster, int year) {
		return jdbc.sql("select count(*) from emulation_score s join emulation_criterion c on c.id = s.criterion_id where c.cluster_id = :c and c.year = :y")
			.param("c", cluster).param("y", year).query(Long.class).single();
	}

	private long cluster() {
		return jdbc.sql("select id from emulation_cluster where name = 'Cụm thi đua số 1 (các huyện phía Bắc)' order by id limit 1").query(Long.class).single();
	}

	private long unitId(String code) {
		return jdbc.sql("select id from unit where code = :c and catalog = '2023'").param("c", code).query(Long.class).single();
	}

}
