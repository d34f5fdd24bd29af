package vn.doanket.accounts;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void pagesNeedASignInAndRedirectToTheLoginPage() {
		HttpResponse<String> response = TestHttp.anonymous(port).get("/front/areas");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void formLoginWorksWithTheTokenAndIsRefusedWithoutIt() {
		TestHttp browser = TestHttp.anonymous(port);
		HttpResponse<String> withoutToken = browser.postFormRaw("/login", Map.of("username", "tinh.kontum", "password", TestHttp.DEMO_PASSWORD));
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		TestHttp session = TestHttp.session(port, "tinh.kontum");
		assertThat(session.get("/").body()).contains("tinh.kontum");
	}

	@Test
	void aSessionPostWithoutCsrfTokenIsRefused() {
		TestHttp session = TestHttp.session(port, "xa.dakpek");
		HttpResponse<String> response = session.postFormRaw("/account/password", Map.of("currentPassword", "x"));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void theSessionIdChangesAtLogin() {
		TestHttp browser = TestHttp.anonymous(port);
		String before = browser.get("/login").headers().firstValue("Set-Cookie").orElse("");
		HttpResponse<String> login = browser.login("huyen.dakglei", TestHttp.DEMO_PASSWORD);
		String after = login.headers().firstValue("Set-Cookie").orElse("");
		assertThat(before).contains("JSESSIONID=");
		assertThat(after).contains("JSESSIONID=");
		assertThat(cookie(after)).isNotEqualTo(cookie(before));
	}

	@Test
	void repeatedFailuresLockTheAccountWithAClearMessage() {
		String username = "khoa." + UUID.randomUUID().toString().substring(0, 6);
		accounts.insert(username, "Người thử khóa", encoder.encode("DungMatKhau1"), Role.VIEWER, scopeUnitId(), null);
		TestHttp browser = TestHttp.anonymous(port);
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> failed = browser.postForm("/login", Map.of("username", username, "password", "sai" + i));
			assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?error");
		}
		HttpResponse<String> locked = browser.postForm("/login", Map.of("username", username, "password", "DungMatKhau1"));
		assertThat(locked.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
		assertThat(browser.get("/login?locked").body()).contains("tạm bị khóa");
		assertThat(TestHttp.basic(port, username, "DungMatKhau1").get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
		String username = "doimk." + UUID.randomUUID().toString().substring(0, 6);
		accounts.insert(username, "Người đổi mật khẩu", encoder.encode("CuMatKhau1"), Role.VIEWER, scopeUnitId(), null);
		TestHttp session = TestHttp.anonymous(port);
		session.login(username, "CuMatKhau1");
		HttpResponse<String> wrong = session.postForm("/account/password",
				Map.of("currentPassword", "sai", "newPassword", "MoiMatKhau2", "repeatPassword", "MoiMatKhau2"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("Mật khẩu hiện tại: không đúng");
		HttpResponse<String> ok = session.postForm("/account/password",
				Map.of("currentPassword", "CuMatKhau1", "newPassword", "MoiMatKhau2", "repeatPassword", "MoiMatKhau2"));
		assertThat(ok.statusCode()).isEqualTo(302);
		assertThat(TestHttp.basic(port, username, "MoiMatKhau2").get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(TestHttp.basic(port, username, "CuMatKhau1").get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		Account admin = accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.passwordHash()).startsWith("{bcrypt}$2");
	}

	@Test
	void onlyAdministratorsReachAdministration() {
		assertThat(TestHttp.basic(port, "tinh.kontum").get("/api/v1/admin/users").statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "admin").get("/api/v1/admin/users").statusCode()).isEqualTo(200);
		assertThat(TestHttp.session(port, "tinh.kontum").get("/admin/audit").statusCode()).isEqualTo(403);
	}

	private Long scopeUnitId() {
		return accounts.findByUsername("tinh.kontum").orElseThrow().scopeUnitId();
	}

	private static String cookie(String setCookie) {
		return setCookie.replaceAll(".*JSESSIONID=([^;]+).*", "$1");
	}

}
