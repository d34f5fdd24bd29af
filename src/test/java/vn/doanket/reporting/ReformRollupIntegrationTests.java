package vn.doanket.reporting;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2023 values re-aggregated under the 2025 units, on real Hà Nội rows of the official mapping: Trúc Bạch (00004) and
 * Quán Thánh (00013) merged wholly into the new Phường Ba Đình (00004); Ngọc Hà (00016) was split between Ba Đình and
 * the new Phường Ngọc Hà (00008), so its value is listed apart, flagged, and counted in neither.
 */
@IntegrationTest
class ReformRollupIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void fullMergesAreSummedAndPartialMergesAreFlaggedNotDoubleCounted() {
		TestHttp admin = TestHttp.basic(port, "admin");
		ReportingApiIntegrationTests.importJson(admin, """
				{"unit":"00004","period":"2022","indicator":"TAP_HUAN_NGUOI","value":"100"},
				{"unit":"00013","period":"2022","indicator":"TAP_HUAN_NGUOI","value":"40"},
				{"unit":"00016","period":"2022","indicator":"TAP_HUAN_NGUOI","value":"7"}""", 200);

		String before = admin.get("/api/v1/analytics?indicator=TAP_HUAN_NGUOI&period=2022&level=commune&parent=001&at=2023-06-30").body();
		assertThat(JsonPath.<String>read(before, "$.catalog")).isEqualTo("2023");
		assertThat(JsonPath.<List<Double>>read(before, "$.rows[?(@.code == '00016')].value")).containsExactly(7.0);
		assertThat(JsonPath.<List<Object>>read(before, "$.separate")).isEmpty();

		String after = admin.get("/api/v1/analytics?indicator=TAP_HUAN_NGUOI&period=2022&level=commune&parent=01&at=2025-07-01").body();
		assertThat(JsonPath.<String>read(after, "$.catalog")).isEqualTo("2025");
		assertThat(JsonPath.<List<Double>>read(after, "$.rows[?(@.code == '00004')].value")).containsExactly(140.0);
		assertThat(JsonPath.<List<Integer>>read(after, "$.rows[?(@.code == '00004')].childrenReported")).containsExactly(2);
		assertThat(JsonPath.<List<Object>>read(after, "$.rows[?(@.code == '00008')].value")).containsExactly((Object) null);
		assertThat(JsonPath.<List<String>>read(after, "$.separate[*].code")).containsExactly("00016");
		assertThat(JsonPath.<Boolean>read(after, "$.separate[0].flagged")).isTrue();
		assertThat(JsonPath.<String>read(after, "$.separate[0].mergeType")).isEqualTo("partial");
		assertThat(JsonPath.<List<String>>read(after, "$.separate[0].successorCodes")).containsExactlyInAnyOrder("00004", "00008");

		String province = admin.get("/api/v1/analytics?indicator=TAP_HUAN_NGUOI&period=2022&level=province&parent=01&at=2025-07-01").body();
		assertThat(JsonPath.<List<Double>>read(province, "$.rows[?(@.code == '01')].value"))
			.as("a split that stays inside the new province is counted once there").containsExactly(147.0);
		assertThat(JsonPath.<List<Object>>read(province, "$.separate")).isEmpty();

		assertThat(admin.get("/api/v1/analytics?indicator=TAP_HUAN_NGUOI&period=2022&level=district&parent=01&at=2025-07-01")
			.statusCode()).isEqualTo(400);
	}

}
