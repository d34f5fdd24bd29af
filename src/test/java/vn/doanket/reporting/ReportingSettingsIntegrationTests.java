package vn.doanket.reporting;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Defining indicators and report forms: who may, what is refused (whole, with the field named), what stays fixed. */
@IntegrationTest
class ReportingSettingsIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Test
	void aNationalAdministratorDefinesAnIndicatorAndAProvinceOfficerMayNot() {
		String code = "CFG_A" + SEQUENCE.incrementAndGet();
		String json = indicator(code, "INTEGER", "SUM", "1");
		assertThat(TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/indicators", json).statusCode()).isEqualTo(403);
		HttpResponse<String> created = TestHttp.basic(port, "admin").postJson("/api/v1/indicators", json);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String list = TestHttp.basic(port, "xa.dakpek").get("/api/v1/indicators").body();
		assertThat(JsonPath.<List<String>>read(list, "$.items[?(@.code == '" + code + "')].aggregation")).containsExactly("SUM");
		assertThat(JsonPath.<List<String>>read(list, "$.items[?(@.code == '" + code + "')].name")).containsExactly("Số hộ thử " + code);
	}

	@Test
	void refusesABadIndicatorNamingEveryFieldAndSavesNothing() {
		TestHttp admin = TestHttp.basic(port, "admin");
		HttpResponse<String> bad = admin.postJson("/api/v1/indicators",
				"{\"code\":\"9X\",\"nameVi\":\"\",\"valueType\":\"TEXT\",\"aggregation\":\"SUM\",\"campaignContent\":7}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(bad.body(), "$.errors[*].field")).containsExactlyInAnyOrder("code", "nameVi",
				"aggregation", "campaignContent");
		assertThat(bad.body()).contains("Không tổng hợp");
		HttpResponse<String> badType = admin.postJson("/api/v1/indicators", indicator("CFG_BAD" + SEQUENCE.incrementAndGet(), "FLOAT", "SUM", "1"));
		assertThat(JsonPath.<List<String>>read(badType.body(), "$.errors[*].field")).containsExactly("valueType");
		assertThat(admin.get("/api/v1/indicators").body()).doesNotContain("\"9X\"").doesNotContain("CFG_BAD");
		assertThat(admin.postJson("/api/v1/indicators", indicator("HO_THOAT_NGHEO", "INTEGER", "SUM", "1")).body())
			.contains("đã có chỉ tiêu mã HO_THOAT_NGHEO");
	}

	@Test
	void aNewFormTakesValuesAndThenKeepsItsIndicatorsAndPeriodType() {
		TestHttp admin = TestHttp.basic(port, "admin");
		int n = SEQUENCE.incrementAndGet();
		String poor = "CFG_POOR" + n;
		String out = "CFG_OUT" + n;
		String form = "CFG_FORM" + n;
		admin.postJson("/api/v1/indicators", indicator(poor, "INTEGER", "LAST", "1"));
		admin.postJson("/api/v1/indicators", indicator(out, "INTEGER", "SUM", "1"));
		HttpResponse<String> created = admin.postJson("/api/v1/report-forms", """
				{"code":"%s","nameVi":"Biểu thử","periodType":"YEAR","levels":["COMMUNE","DISTRICT"],"deadlineDay":25,
				 "sections":[{"titleVi":"Giảm nghèo","items":[{"indicator":"%s","required":true},{"indicator":"%s"}]}],
				 "rules":[{"left":"%s","operator":"LE","right":"%s"}]}""".formatted(form, poor, out, out, poor));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String definition = admin.get("/api/v1/report-forms/" + form).body();
		assertThat(JsonPath.<List<String>>read(definition, "$.sections[0].items[*].indicator")).containsExactly(poor, out);
		assertThat(JsonPath.<List<String>>read(definition, "$.levels")).containsExactlyInAnyOrder("COMMUNE", "DISTRICT");

		String values = "{\"form\":\"%s\",\"values\":[{\"unit\":\"23341\",\"period\":\"2019\",\"indicator\":\"%s\",\"value\":\"%s\"},"
				+ "{\"unit\":\"23341\",\"period\":\"2019\",\"indicator\":\"%s\",\"value\":\"%s\"}]}";
		HttpResponse<String> ruleBroken = admin.postJson("/api/v1/data-values", values.formatted(form, poor, "10", out, "12"));
		assertThat(ruleBroken.statusCode()).as("the form's rule is checked on import").isEqualTo(400);
		HttpResponse<String> imported = admin.postJson("/api/v1/data-values", values.formatted(form, poor, "10", out, "4"));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

		HttpResponse<String> retype = admin.putJson("/api/v1/indicators/" + out, indicator(out, "DECIMAL", "SUM", "1"));
		assertThat(retype.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(retype.body(), "$.errors[*].field")).containsExactly("valueType");
		HttpResponse<String> renamed = admin.putJson("/api/v1/indicators/" + out, indicator(out, "INTEGER", "SUM", "2"));
		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
		assertThat(admin.delete("/api/v1/indicators/" + out).body()).contains("đang có trong 1 biểu mẫu");

		HttpResponse<String> badRule = admin.putJson("/api/v1/report-forms/" + form, """
				{"nameVi":"Biểu thử","periodType":"QUARTER","levels":["COMMUNE"],"deadlineDay":25,
				 "sections":[{"titleVi":"Giảm nghèo","items":[{"indicator":"%s"}]}],
				 "rules":[{"left":"%s","operator":"LE","right":"HO_THOAT_NGHEO"}]}""".formatted(poor, poor));
		assertThat(badRule.statusCode()).isEqualTo(400);
		assertThat(badRule.body()).contains("quy tắc 1: chỉ tiêu \\\"HO_THOAT_NGHEO\\\" không có trong biểu mẫu");
		assertThat(admin.get("/api/v1/report-forms/" + form).body()).as("nothing of the refused definition is saved")
			.contains(out).contains("\"periodType\":\"YEAR\"");
	}

	@Test
	void aFormWithReportsCannotBeDeletedNorChangeItsPeriodType() {
		TestHttp admin = TestHttp.basic(port, "admin");
		assertThat(admin.delete("/api/v1/report-forms/KQ_CVD").statusCode()).isEqualTo(400);
		String kq = admin.get("/api/v1/report-forms/KQ_CVD").body();
		HttpResponse<String> quarterly = admin.putJson("/api/v1/report-forms/KQ_CVD", kq.replace("\"periodType\":\"YEAR\"", "\"periodType\":\"QUARTER\""));
		assertThat(quarterly.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(quarterly.body(), "$.errors[*].field")).containsExactly("periodType");
		assertThat(admin.get("/api/v1/report-forms/KQ_CVD").body()).isEqualTo(kq);
	}

	@Test
	void theEditorAddsMovesAndRemovesSectionsAndAnUnusedFormIsDeleted() {
		TestHttp admin = TestHttp.session(port, "admin");
		String form = "CFG_PAGE" + SEQUENCE.incrementAndGet();
		HttpResponse<String> created = admin.postForm("/reporting/forms", Map.of("code", form, "nameVi", "Biểu trang",
				"periodType", "QUARTER", "levels", "COMMUNE", "deadlineDay", "20", "sectionTitle", "Phần một"));
		assertThat(created.statusCode()).isEqualTo(302);
		edit(admin, form, "/sections", Map.of("titleVi", "Phần hai"));
		edit(admin, form, "/sections/2/items", Map.of("indicator", "HO_THOAT_NGHEO", "required", "true"));
		edit(admin, form, "/sections/2/move", Map.of("direction", "up"));
		String definition = admin.get("/api/v1/report-forms/" + form).body();
		assertThat(JsonPath.<List<String>>read(definition, "$.sections[*].titleVi")).containsExactly("Phần hai", "Phần một");
		assertThat(JsonPath.<List<Boolean>>read(definition, "$.sections[0].items[*].required")).containsExactly(true);

		edit(admin, form, "/sections/2/delete", Map.of());
		String page = edit(admin, form, "/sections/1/delete", Map.of());
		assertThat(page).contains("biểu mẫu phải có ít nhất một phần").contains("Phần hai");
		assertThat(TestHttp.session(port, "tinh.kontum").get("/reporting/forms/" + form).body()).doesNotContain("id=\"add-section\"");

		assertThat(admin.postForm("/reporting/forms/" + form + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(admin.get("/api/v1/report-forms/" + form).statusCode()).isEqualTo(404);
	}

	@Test
	void theCatalogPageFindsAnIndicatorTypedWithoutDiacritics() {
		String page = TestHttp.session(port, "xa.dakpek").get("/reporting/indicators?q=thoat+ngheo").body();
		assertThat(page).contains("HO_THOAT_NGHEO").doesNotContain("NHA_DDK_GIA_TRI").doesNotContain("id=\"new-indicator\"");
		assertThat(TestHttp.session(port, "admin").get("/reporting/indicators?q=khong+co+chi+tieu+nay").body()).contains("id=\"no-indicators\"");
	}

	/** Posts one change on the editor and returns the page it redirects to (with its notice or errors). */
	private static String edit(TestHttp http, String form, String action, Map<String, String> fields) {
		HttpResponse<String> response = http.postForm("/reporting/forms/" + form + action, fields);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return http.get("/reporting/forms/" + form).body();
	}

	private static String indicator(String code, String type, String aggregation, String version) {
		return """
				{"code":"%s","nameVi":"Số hộ thử %s","nameEn":"Test households v%s","valueType":"%s","aggregation":"%s",
				 "campaignContent":1,"byMemberOrg":false}""".formatted(code, code, version, type, aggregation);
	}

}
