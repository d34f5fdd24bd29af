package vn.doanket.reporting;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Catalog, periods, imports (atomic, idempotent, in scope) and the arithmetic of the roll-ups, through the API. */
@IntegrationTest
class ReportingApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void listsIndicatorsWithTypeAndAggregation() {
		String body = TestHttp.basic(port, "xa.dakpek").get("/api/v1/indicators").body();
		assertThat(JsonPath.<List<String>>read(body, "$.items[?(@.code == 'HO_THOAT_NGHEO')].valueType")).containsExactly("INTEGER");
		assertThat(JsonPath.<List<String>>read(body, "$.items[?(@.code == 'NHA_DDK_GIA_TRI')].valueType")).containsExactly("MONEY");
		assertThat(JsonPath.<List<String>>read(body, "$.items[?(@.code == 'TY_LE_GD_VAN_HOA')].aggregation")).containsExactly("AVERAGE");
		assertThat(JsonPath.<Integer>read(body, "$.total")).isGreaterThanOrEqualTo(25);
	}

	@Test
	void describesPeriodsAndNamesTheFieldOfABadOne() {
		TestHttp http = TestHttp.basic(port, "tinh.kontum");
		String body = http.get("/api/v1/periods/2023Q1").body();
		assertThat(JsonPath.<String>read(body, "$.id")).isEqualTo("2023Q1");
		assertThat(JsonPath.<String>read(body, "$.type")).isEqualTo("QUARTER");
		assertThat(JsonPath.<String>read(body, "$.start")).isEqualTo("2023-01-01");
		assertThat(JsonPath.<String>read(body, "$.end")).isEqualTo("2023-03-31");
		assertThat(JsonPath.<String>read(body, "$.deadline")).isEqualTo("2023-04-20");
		assertThat(JsonPath.<String>read(body, "$.cutoffStart")).isEqualTo("2022-12-15");
		HttpResponse<String> bad = http.get("/api/v1/periods/2023Q7");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(bad.body(), "$.errors[0].field")).isEqualTo("period");
	}

	@Test
	void rollsUpEverySaveAtOnceThroughCommuneDistrictAndProvince() {
		TestHttp province = TestHttp.basic(port, "tinh.kontum");
		BigDecimal district = value(province, "HO_THOAT_NGHEO", "2019", "district", "62", "610");
		BigDecimal kontum = value(province, "HO_THOAT_NGHEO", "2019", "province", "62", "62");
		importJson(province, """
				{"unit":"23341","period":"2019","indicator":"HO_NGHEO_DAU_NAM","value":"40"},
				{"unit":"23341","period":"2019","indicator":"HO_THOAT_NGHEO","value":"5"},
				{"unit":"23344","period":"2019","indicator":"HO_NGHEO_DAU_NAM","value":"30"},
				{"unit":"23344","period":"2019","indicator":"HO_THOAT_NGHEO","value":"7"},
				{"unit":"23341","period":"2019","indicator":"TY_LE_GD_VAN_HOA","value":"80"},
				{"unit":"23344","period":"2019","indicator":"TY_LE_GD_VAN_HOA","value":"90,5"},
				{"unit":"23341","period":"2019","indicator":"TUYEN_TRUYEN_BUOI","memberOrg":"HLHPN","value":"4"},
				{"unit":"23341","period":"2019","indicator":"TUYEN_TRUYEN_BUOI","memberOrg":"HND","value":"6"},
				{"unit":"23341","period":"2019","indicator":"NHA_DDK_GIA_TRI","value":"1.500.000"}""", 200);
		assertThat(value(province, "HO_THOAT_NGHEO", "2019", "district", "62", "610")).isEqualByComparingTo(plus(district, 12));
		assertThat(value(province, "HO_THOAT_NGHEO", "2019", "province", "62", "62")).isEqualByComparingTo(plus(kontum, 12));
		assertThat(value(province, "HO_THOAT_NGHEO", "2019", "commune", "610", "23344")).isEqualByComparingTo("7");
		assertThat(value(province, "TY_LE_GD_VAN_HOA", "2019", "district", "62", "610")).isEqualByComparingTo("85.25");
		assertThat(value(province, "NHA_DDK_GIA_TRI", "2019", "commune", "610", "23341")).isEqualByComparingTo("1500000");
		String orgs = province.get("/api/v1/analytics?indicator=TUYEN_TRUYEN_BUOI&period=2019&level=commune&parent=610&memberOrg=HLHPN").body();
		assertThat(JsonPath.<List<Double>>read(orgs, "$.rows[?(@.code == '23341')].value")).containsExactly(4.0);
		assertThat(value(province, "TUYEN_TRUYEN_BUOI", "2019", "commune", "610", "23341")).isEqualByComparingTo("10");
		String districtRow = province.get("/api/v1/analytics?indicator=HO_THOAT_NGHEO&period=2019&level=district&parent=62").body();
		assertThat(JsonPath.<List<Integer>>read(districtRow, "$.rows[?(@.code == '610')].childrenReported").get(0)).isGreaterThanOrEqualTo(2);

		importJson(province, """
				{"unit":"23341","period":"2019","indicator":"HO_THOAT_NGHEO","value":"3"},
				{"unit":"23344","period":"2019","indicator":"HO_THOAT_NGHEO","value":""}""", 200);
		assertThat(value(province, "HO_THOAT_NGHEO", "2019", "district", "62", "610")).isEqualByComparingTo(plus(district, 3));
		String commune = province.get("/api/v1/analytics?indicator=HO_THOAT_NGHEO&period=2019&level=commune&parent=610").body();
		assertThat(JsonPath.<List<Object>>read(commune, "$.rows[?(@.code == '23344')].value")).containsExactly((Object) null);
	}

	@Test
	void refusesAWholeFileWithEveryBadCellListedAndSavesNothing() {
		TestHttp province = TestHttp.basic(port, "tinh.kontum");
		BigDecimal before = value(province, "HO_THOAT_NGHEO", "2018", "commune", "610", "23347");
		String csv = """
				unit,period,indicator,member_org,value
				23347,2018,HO_THOAT_NGHEO,,12
				23347,2018,HO_NGHEO_DAU_NAM,,abc
				23347,2018,KHONG_CO,,1
				23347,2018Q1,HO_GIA_DINH,,100
				23347,2018,TY_LE_GD_VAN_HOA,,120
				99999,2018,HO_GIA_DINH,,100
				""";
		HttpResponse<String> response = CsvPost.send(port, "tinh.kontum", "/api/v1/data-values?form=KQ_CVD", csv);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<Integer>>read(response.body(), "$.errors[*].row")).containsExactly(3, 4, 5, 6, 7);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field")).containsExactly("value", "indicator", "period",
				"value", "unit");
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].message")).contains("Dòng 3").contains("abc");
		assertThat(value(province, "HO_THOAT_NGHEO", "2018", "commune", "610", "23347")).isEqualTo(before);
	}

	@Test
	void refusesARuleBrokenTogetherWithStoredValues() {
		TestHttp province = TestHttp.basic(port, "tinh.kontum");
		importJson(province, """
				{"unit":"23350","period":"2018","indicator":"HO_NGHEO_DAU_NAM","value":"10"}""", 200);
		HttpResponse<String> response = importJson(province, """
				{"unit":"23350","period":"2018","indicator":"HO_THOAT_NGHEO","value":"11"}""", 400);
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].message")).contains("Số hộ thoát nghèo trong năm")
			.contains("Số hộ nghèo đầu năm");
	}

	@Test
	void sendingTheSameFileTwiceChangesNothingTheSecondTime() {
		TestHttp province = TestHttp.basic(port, "tinh.kontum");
		String values = """
				{"unit":"23356","period":"2018","indicator":"KDC_TONG","value":"9"},
				{"unit":"23356","period":"2018","indicator":"KDC_NGAY_HOI","value":"9"}""";
		importJson(province, values, 200);
		BigDecimal once = value(province, "KDC_NGAY_HOI", "2018", "district", "62", "610");
		HttpResponse<String> again = importJson(province, values, 200);
		assertThat(JsonPath.<Integer>read(again.body(), "$.changed")).isZero();
		assertThat(value(province, "KDC_NGAY_HOI", "2018", "district", "62", "610")).isEqualByComparingTo(once);
	}

	@Test
	void refusesValuesOutsideTheUsersScope() {
		HttpResponse<String> response = importJson(TestHttp.basic(port, "xa.dakpek"), """
				{"unit":"23353","period":"2018","indicator":"KDC_TONG","value":"5"},
				{"unit":"23344","period":"2018","indicator":"KDC_TONG","value":"5"}""", 403);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "huyen.dakglei")
			.get("/api/v1/analytics?indicator=KDC_TONG&period=2018&level=district&parent=62").statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "phunu.kontum").postJson("/api/v1/data-values", """
				{"form":"KQ_CVD","values":[{"unit":"23353","period":"2018","indicator":"TUYEN_TRUYEN_BUOI","memberOrg":"HND","value":"1"}]}""")
			.statusCode()).isEqualTo(403);
	}

	static HttpResponse<String> importJson(TestHttp http, String values, int status) {
		HttpResponse<String> response = http.postJson("/api/v1/data-values", "{\"form\":\"KQ_CVD\",\"values\":[" + values + "]}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return response;
	}

	static BigDecimal value(TestHttp http, String indicator, String period, String level, String parent, String code) {
		String body = http.get("/api/v1/analytics?indicator=" + indicator + "&period=" + period + "&level=" + level + "&parent=" + parent)
			.body();
		List<Object> values = JsonPath.read(body, "$.rows[?(@.code == '" + code + "')].value");
		assertThat(values).as(body).hasSize(1);
		return values.get(0) == null ? BigDecimal.ZERO : new BigDecimal(values.get(0).toString());
	}

	private static BigDecimal plus(BigDecimal value, int delta) {
		return value.add(BigDecimal.valueOf(delta));
	}

}
