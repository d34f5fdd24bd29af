package vn.doanket.reviews;

import java.net.URI;
import java.net.http.HttpResponse;
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
class NominationPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProvinceProposesACollectiveAndSeesItInTheYearsList() {
		long province = provinceId();
		String name = "Ban Công tác Mặt trận thôn " + UUID.randomUUID();
		TestHttp tinh = TestHttp.session(port, "tinh.kontum");
		assertThat(tinh.get("/reviews/commendations?unit=" + province + "&year=2023").body()).contains("id=\"nominations-link\"");
		assertThat(tinh.get("/reviews/nominations?unit=" + province + "&year=2023").body()).contains("nomination-form");
		HttpResponse<String> saved = tinh.postForm("/reviews/nominations?unit=" + province + "&year=2023", Map.of("kind", "COLLECTIVE",
				"name", name, "unitCode", "23353", "reason", "Tiêu biểu trong xây dựng nông thôn mới", "supportingData", "Vận động 120 ngày công"));
		assertThat(saved.statusCode()).isEqualTo(302);
		URI location = URI.create(saved.headers().firstValue("Location").orElseThrow());
		String page = tinh.get(location.getRawPath() + "?" + location.getRawQuery()).body();
		assertThat(page).contains("id=\"nominations\"", name, "Vận động 120 ngày công", "Đã ghi đề nghị khen thưởng");
		assertThat(jdbc.sql("select count(*) from commendation_nomination where name = :n and year = 2023").param("n", name)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void badInputIsShownPerFieldAndNothingIsSaved() {
		long province = provinceId();
		String name = "Cá nhân " + UUID.randomUUID();
		String page = TestHttp.session(port, "tinh.kontum").postForm("/reviews/nominations?unit=" + province + "&year=2023",
				Map.of("kind", "INDIVIDUAL", "name", name, "unitCode", "99999", "reason", " ")).body();
		assertThat(page).contains("form-errors", "không có đơn vị mã “99999”", "Lý do, thành tích", "is-invalid", name);
		assertThat(jdbc.sql("select count(*) from commendation_nomination where name = :n").param("n", name).query(Long.class).single())
			.isZero();
	}

	@Test
	void aCommuneOfficerCannotNominateForTheProvince() {
		long province = provinceId();
		String name = "Tập thể " + UUID.randomUUID();
		TestHttp xa = TestHttp.session(port, "xa.dakpek");
		assertThat(xa.get("/reviews/nominations?unit=" + province + "&year=2023").body()).doesNotContain("nomination-form");
		HttpResponse<String> refused = xa.postForm("/reviews/nominations?unit=" + province + "&year=2023",
				Map.of("kind", "COLLECTIVE", "name", name, "unitCode", "23353", "reason", "Tiêu biểu"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from commendation_nomination where name = :n").param("n", name).query(Long.class).single())
			.isZero();
	}

	private long provinceId() {
		return jdbc.sql("select id from unit where code = '62' and catalog = '2023'").query(Long.class).single();
	}

}
