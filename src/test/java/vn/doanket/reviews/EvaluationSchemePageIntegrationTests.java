package vn.doanket.reviews;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
class EvaluationSchemePageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProvinceSetsCriteriaAndClassesOnThePage() {
		long province = provinceId();
		int year = 2040 + ThreadLocalRandom.current().nextInt(60);
		TestHttp tinh = TestHttp.session(port, "tinh.kontum");
		assertThat(tinh.get("/reviews/evaluations?unit=" + province + "&year=" + year).body()).contains("id=\"scheme-link\"");
		assertThat(tinh.get("/reviews/evaluations/scheme?unit=" + province + "&year=" + year).body()).contains("scheme-form", "data-confirm");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("criteria[0].code", "1.1");
		form.put("criteria[0].contentNo", "1");
		form.put("criteria[0].text", "Đoàn kết, giúp nhau phát triển kinh tế");
		form.put("criteria[0].maxPoints", "60");
		form.put("criteria[1].code", "2.1");
		form.put("criteria[1].contentNo", "2");
		form.put("criteria[1].text", "Xây dựng đời sống văn hoá");
		form.put("criteria[1].maxPoints", "40");
		form.put("criteria[2].code", "");
		form.put("classes[0].minPoints", "90");
		form.put("classes[0].label", "Xuất sắc");
		form.put("classes[1].minPoints", "50");
		form.put("classes[1].label", "Khá");
		HttpResponse<String> saved = tinh.postForm("/reviews/evaluations/scheme?unit=" + province + "&year=" + year, form);
		assertThat(saved.statusCode()).isEqualTo(302);
		String page = tinh.get(java.net.URI.create(saved.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
				+ java.net.URI.create(saved.headers().firstValue("Location").orElseThrow()).getRawQuery()).body();
		assertThat(page).contains("Đã lưu 2 tiêu chí và 2 mức xếp loại năm " + year, "Xây dựng đời sống văn hoá");
		assertThat(jdbc.sql("select sum(max_points) from review_criterion where province_id = :p and year = :y").param("p", province)
			.param("y", year).query(Integer.class).single()).isEqualTo(100);
	}

	@Test
	void badRowsAreShownPerFieldAndNothingIsSaved() {
		long province = provinceId();
		int year = 2040 + ThreadLocalRandom.current().nextInt(60);
		TestHttp tinh = TestHttp.session(port, "tinh.kontum");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("criteria[0].code", "1.1");
		form.put("criteria[0].contentNo", "7");
		form.put("criteria[0].text", "Tiêu chí có nội dung sai");
		form.put("criteria[0].maxPoints", "mười");
		form.put("classes[0].minPoints", "-5");
		form.put("classes[0].label", "Khá");
		String page = tinh.postForm("/reviews/evaluations/scheme?unit=" + province + "&year=" + year + "1", form).body();
		assertThat(page).contains("row-errors", "nội dung phải từ 1 đến 5", "điểm tối đa phải từ 1 đến 1000",
				"ngưỡng điểm phải từ 0 trở lên", "value=\"mười\"", "is-invalid");
		assertThat(jdbc.sql("select count(*) from review_criterion where province_id = :p and year = :y").param("p", province)
			.param("y", Integer.parseInt(year + "1")).query(Long.class).single()).isZero();
		String inUse = tinh.postForm("/reviews/evaluations/scheme?unit=" + province + "&year=2023", form).body();
		assertThat(inUse).contains("form-errors", "đã có khu dân cư được đánh giá theo tiêu chí năm 2023");
	}

	@Test
	void aCommuneOfficerSeesTheCriteriaButCannotSetThem() {
		TestHttp xa = TestHttp.session(port, "xa.dakpek");
		String page = xa.get("/reviews/evaluations/scheme?year=2023").body();
		assertThat(page).contains("scheme-criteria").doesNotContain("scheme-form");
		HttpResponse<String> refused = xa.postForm("/reviews/evaluations/scheme?year=2099",
				Map.of("criteria[0].code", "9.9", "criteria[0].contentNo", "1", "criteria[0].text", "x", "criteria[0].maxPoints", "10",
						"classes[0].minPoints", "0", "classes[0].label", "Đạt"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from review_criterion where code = '9.9' and year = 2099").query(Long.class).single()).isZero();
	}

	private long provinceId() {
		return jdbc.sql("select id from unit where code = '62' and catalog = '2023'").query(Long.class).single();
	}

}
