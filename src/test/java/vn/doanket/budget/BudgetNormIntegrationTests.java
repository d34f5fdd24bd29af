package vn.doanket.budget;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BudgetNormIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aDifficultCommuneGetsTheProvincesNormsForEachResidentialArea() {
		String body = TestHttp.basic(port, "xa.dakpek").get("/api/v1/units/23353/budget-norms").body();
		assertThat(JsonPath.<Boolean>read(body, "$.difficult")).isTrue();
		assertThat(JsonPath.<Integer>read(body, "$.communeMinimum")).isEqualTo(25_000_000);
		List<String> names = JsonPath.read(body, "$.areas[*].name");
		assertThat(names).contains("Thôn Đắk Ung", "Thôn Đông Thượng");
		int dakUng = names.indexOf("Thôn Đắk Ung");
		assertThat(JsonPath.<Integer>read(body, "$.areas[" + dakUng + "].minimum")).isEqualTo(6_000_000);
		assertThat(JsonPath.<Integer>read(body, "$.areas[" + dakUng + "].unityDayGrant")).isEqualTo(5_000_000);
		long areas = ((Number) JsonPath.read(body, "$.areasTotal")).longValue();
		assertThat(((Number) JsonPath.read(body, "$.total")).longValue()).isEqualTo(25_000_000L + areas);
	}

	@Test
	void normsAreReadInsideTheScopeAndOnlyForCommunes() {
		assertThat(TestHttp.basic(port, "huyen.dakglei").get("/api/v1/units/23281/budget-norms").statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "tinh.kontum").get("/api/v1/units/610/budget-norms").statusCode()).isEqualTo(400);
		String city = TestHttp.basic(port, "tinh.kontum").get("/api/v1/units/23281/budget-norms").body();
		assertThat(JsonPath.<Boolean>read(city, "$.difficult")).isFalse();
	}

}
