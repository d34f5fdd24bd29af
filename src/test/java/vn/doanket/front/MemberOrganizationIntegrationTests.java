package vn.doanket.front;

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
class MemberOrganizationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void administratorsConfigureTheListOfMemberOrganisations() {
		String code = "T" + UUID.randomUUID().toString().substring(0, 6).replace("-", "").toUpperCase();
		TestHttp admin = TestHttp.session(port, "admin");
		HttpResponse<String> added = admin.postForm("/front/member-organizations",
				Map.of("code", code, "name", "Hội Sinh viên", "shortName", "Hội Sinh viên"));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(TestHttp.basic(port, "xa.dakpek").get("/api/v1/member-organizations").body()).contains(code);

		admin.postForm("/front/member-organizations", Map.of("code", code.toLowerCase(), "name", "Trùng", "shortName", "Trùng"));
		assertThat(jdbc.sql("select count(*) from member_organization where upper(code) = :c").param("c", code).query(Long.class).single())
			.isEqualTo(1);

		long id = jdbc.sql("select id from member_organization where code = :c").param("c", code).query(Long.class).single();
		admin.postForm("/front/member-organizations/" + id + "/active", Map.of("active", "false"));
		assertThat(TestHttp.basic(port, "xa.dakpek").get("/api/v1/member-organizations").body()).doesNotContain(code);
	}

	@Test
	void othersCannotChangeTheList() {
		HttpResponse<String> response = TestHttp.session(port, "tinh.kontum")
			.postForm("/front/member-organizations", Map.of("code", "XYZ", "name", "Hội X", "shortName", "Hội X"));
		assertThat(response.statusCode()).isEqualTo(403);
	}

}
