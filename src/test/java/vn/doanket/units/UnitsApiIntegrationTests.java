package vn.doanket.units;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnitsApiIntegrationTests {

	@LocalServerPort
	int port;

	TestHttp api;

	@BeforeEach
	void signIn() {
		api = TestHttp.basic(port, "xa.dakpek");
	}

	@Test
	void countsUnitsOfEachCatalogOnItsDates() {
		assertThat(total("/api/v1/units?level=province&at=2023-06-30")).isEqualTo(63);
		assertThat(total("/api/v1/units?level=district&at=2023-06-30")).isEqualTo(705);
		assertThat(total("/api/v1/units?level=commune&at=2023-06-30")).isEqualTo(10_598);
		assertThat(total("/api/v1/units?level=province&at=2025-07-01")).isEqualTo(34);
		assertThat(total("/api/v1/units?level=district&at=2025-07-01")).isZero();
		assertThat(total("/api/v1/units?level=commune&at=2025-07-01")).isEqualTo(3_321);
		assertThat(total("/api/v1/units?level=district&at=2023-06-30&parent=62")).isEqualTo(10);
		assertThat(total("/api/v1/units?level=commune&at=2023-06-30&parent=62")).isEqualTo(102);
		assertThat(total("/api/v1/units?level=commune&at=2025-07-01&parent=51")).isGreaterThanOrEqualTo(40);
	}

	@Test
	void listItemsCarryTheirValidity() {
		String body = ok("/api/v1/units?level=province&at=2023-06-30&size=100");
		assertThat(JsonPath.<Object>read(body, "$.items[?(@.code == '62')].name").toString()).contains("Tỉnh Kon Tum");
		assertThat(JsonPath.<Object>read(body, "$.items[?(@.code == '62')].validTo").toString()).contains("2025-06-30");
		assertThat(JsonPath.<Object>read(body, "$.items[?(@.code == '62')].parentCode").toString()).contains("null");
	}

	@Test
	void aReusedCodeNamesDifferentUnitsOnEitherSideOfTheReform() {
		assertThat(JsonPath.<String>read(ok("/api/v1/units/23293?at=2023-06-30"), "$.name")).isEqualTo("Phường Thắng Lợi");
		assertThat(JsonPath.<String>read(ok("/api/v1/units/23293?at=2025-07-01"), "$.name")).isEqualTo("Phường Kon Tum");
	}

	@Test
	void followsACommuneAcrossTheReform() {
		String body = ok("/api/v1/units/23281/successors?at=2023-06-30&to=2025-07-01");
		assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(1);
		assertThat(JsonPath.<String>read(body, "$.items[0].code")).isEqualTo("23293");
		assertThat(JsonPath.<String>read(body, "$.items[0].name")).isEqualTo("Phường Kon Tum");
		assertThat(JsonPath.<String>read(body, "$.items[0].mergeType")).isEqualTo("full");
		String back = ok("/api/v1/units/23293/predecessors?at=2025-07-01");
		assertThat(JsonPath.<java.util.List<String>>read(back, "$.items[*].code")).contains("23281", "23287");
		assertThat(JsonPath.<String>read(ok("/api/v1/units/62/successors?at=2023-06-30"), "$.items[0].code")).isEqualTo("51");
	}

	@Test
	void childrenAndAncestorsAsOfADate() {
		String children = ok("/api/v1/units/610/children?at=2023-06-30");
		assertThat(JsonPath.<Integer>read(children, "$.total")).isEqualTo(12);
		assertThat(JsonPath.<java.util.List<String>>read(children, "$.items[*].name")).contains("Xã Đắk Pék", "Thị trấn Đắk Glei");
		String ancestors = ok("/api/v1/units/23353/ancestors?at=2023-06-30");
		assertThat(JsonPath.<java.util.List<String>>read(ancestors, "$.items[*].code")).containsExactly("62", "610");
	}

	@Test
	void searchIgnoresDiacriticsAndFoldsD() {
		String dakGlei = ok("/api/v1/units/search?q=dak%20glei&at=2023-06-30");
		assertThat(JsonPath.<java.util.List<String>>read(dakGlei, "$.items[*].name")).contains("Huyện Đắk Glei", "Thị trấn Đắk Glei");
		String ngokBay = ok("/api/v1/units/search?q=ngok%20bay");
		assertThat(JsonPath.<java.util.List<String>>read(ngokBay, "$.items[*].name")).contains("Xã Ngọk Bay");
		String upper = ok("/api/v1/units/search?q=%C4%90%E1%BA%AEK%20GLEI&at=2023-06-30");
		assertThat(JsonPath.<Integer>read(upper, "$.total")).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedWithAVietnameseMessageNamingTheField() {
		HttpResponse<String> level = api.get("/api/v1/units?level=village");
		assertThat(level.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(level.body(), "$.errors[0].field")).isEqualTo("level");
		assertThat(JsonPath.<String>read(level.body(), "$.errors[0].message")).startsWith("Cấp:");
		HttpResponse<String> date = api.get("/api/v1/units?level=province&at=30-06-2023");
		assertThat(date.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(date.body(), "$.errors[0].field")).isEqualTo("at");
		HttpResponse<String> unknown = api.get("/api/v1/units/99999/children?at=2023-06-30");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(JsonPath.<String>read(unknown.body(), "$.message")).contains("99999");
		assertThat(api.get("/api/v1/units/search?q=").statusCode()).isEqualTo(400);
	}

	@Test
	void unauthenticatedCallsGetJson401NotARedirect() {
		HttpResponse<String> response = TestHttp.anonymous(port).get("/api/v1/units?level=province");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/json");
		assertThat(JsonPath.<String>read(response.body(), "$.message")).contains("đăng nhập");
	}

	private int total(String path) {
		return JsonPath.read(ok(path + "&size=1"), "$.total");
	}

	private String ok(String path) {
		HttpResponse<String> response = api.get(path);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return response.body();
	}

}
