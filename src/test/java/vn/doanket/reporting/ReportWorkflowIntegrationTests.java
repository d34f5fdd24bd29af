package vn.doanket.reporting;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Draft → submitted → approved / returned, locks, the children rule, unlocking, and who may do what. */
@IntegrationTest
class ReportWorkflowIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private static final String REPORT = "/api/v1/reports/KQ_CVD/23353/2020";

	@Test
	void communeSubmitsDistrictApprovesValuesLockAndUnlockIsAudited() {
		TestHttp commune = TestHttp.basic(port, "xa.dakpek");
		TestHttp district = TestHttp.basic(port, "huyen.dakglei");
		HttpResponse<String> incomplete = commune.postJson(REPORT + "/submit", "{}");
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(incomplete.body()).contains("Số hộ nghèo đầu năm");

		ReportingApiIntegrationTests.importJson(commune, """
				{"unit":"23353","period":"2020","indicator":"HO_NGHEO_DAU_NAM","value":"120"},
				{"unit":"23353","period":"2020","indicator":"HO_THOAT_NGHEO","value":"14"},
				{"unit":"23353","period":"2020","indicator":"HO_GIA_DINH","value":"692"},
				{"unit":"23353","period":"2020","indicator":"KDC_TONG","value":"5"},
				{"unit":"23353","period":"2020","indicator":"QUY_VNN_VAN_DONG","value":"45000000"}""", 200);
		assertThat(district.postJson(REPORT + "/approve", "{}").statusCode()).as("not submitted yet").isEqualTo(400);
		assertThat(commune.postJson(REPORT + "/submit", "{}").statusCode()).isEqualTo(200);
		assertThat(commune.postJson(REPORT + "/approve", "{}").statusCode()).as("a commune approves nothing").isEqualTo(403);

		HttpResponse<String> locked = ReportingApiIntegrationTests.importJson(commune, """
				{"unit":"23353","period":"2020","indicator":"HO_THOAT_NGHEO","value":"15"}""", 400);
		assertThat(JsonPath.<String>read(locked.body(), "$.errors[0].message")).contains("đã gửi");

		assertThat(district.postJson(REPORT + "/return", "{}").statusCode()).as("comment required").isEqualTo(400);
		HttpResponse<String> returned = district.postJson(REPORT + "/return", "{\"comment\":\"Kiểm tra lại số hộ thoát nghèo\"}");
		assertThat(JsonPath.<String>read(returned.body(), "$.status")).isEqualTo("RETURNED");
		ReportingApiIntegrationTests.importJson(commune, """
				{"unit":"23353","period":"2020","indicator":"HO_THOAT_NGHEO","value":"15"}""", 200);
		assertThat(commune.postJson(REPORT + "/submit", "{}").statusCode()).isEqualTo(200);
		HttpResponse<String> approved = district.postJson(REPORT + "/approve", "{}");
		assertThat(JsonPath.<String>read(approved.body(), "$.status")).isEqualTo("APPROVED");
		HttpResponse<String> refused = ReportingApiIntegrationTests.importJson(commune, """
				{"unit":"23353","period":"2020","indicator":"HO_THOAT_NGHEO","value":"16"}""", 400);
		assertThat(JsonPath.<String>read(refused.body(), "$.errors[0].message")).contains("đã được phê duyệt");

		assertThat(commune.postJson(REPORT + "/unlock", "{\"comment\":\"x\"}").statusCode()).isEqualTo(403);
		HttpResponse<String> unlocked = district.postJson(REPORT + "/unlock", "{\"comment\":\"Bổ sung số liệu quỹ\"}");
		assertThat(JsonPath.<String>read(unlocked.body(), "$.status")).isEqualTo("RETURNED");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'report' and action = 'unlock' and username = 'huyen.dakglei'")
			.query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'data_value' and username = 'xa.dakpek'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void aDistrictIsApprovedOnlyWhenAllItsCommunesAre() {
		TestHttp district = TestHttp.basic(port, "huyen.dakglei");
		TestHttp province = TestHttp.basic(port, "tinh.kontum");
		ReportingApiIntegrationTests.importJson(district, """
				{"unit":"610","period":"2017","indicator":"HO_NGHEO_DAU_NAM","value":"0"},
				{"unit":"610","period":"2017","indicator":"HO_THOAT_NGHEO","value":"0"},
				{"unit":"610","period":"2017","indicator":"HO_GIA_DINH","value":"0"},
				{"unit":"610","period":"2017","indicator":"KDC_TONG","value":"0"},
				{"unit":"610","period":"2017","indicator":"QUY_VNN_VAN_DONG","value":"120000000"}""", 200);
		assertThat(district.postJson("/api/v1/reports/KQ_CVD/610/2017/submit", "{}").statusCode()).isEqualTo(200);
		HttpResponse<String> pending = province.postJson("/api/v1/reports/KQ_CVD/610/2017/approve", "{}");
		assertThat(pending.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(pending.body(), "$.errors[0].message")).contains("chưa được phê duyệt").contains("Xã Đắk Pék");
		assertThat(district.postJson("/api/v1/reports/KQ_CVD/610/2017/approve", "{}").statusCode())
			.as("a district does not approve itself").isEqualTo(403);
	}

}
