package vn.doanket.reporting;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.reporting.ReportingApiIntegrationTests.importJson;
import static vn.doanket.reporting.ReportingApiIntegrationTests.value;

/**
 * Residential areas as a reporting level: the commune's officers enter their areas' values, which roll up at once into
 * the commune, district and province; analytics and the pivot list the areas of a commune; scope and bad area ids are
 * refused with nothing saved.
 */
@IntegrationTest
class AreaReportingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BulkValueLoader loader;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	Units units;

	@Autowired
	TransactionTemplate transactions;

	/** The residential areas of a commune of the 2023 catalog, oldest first. */
	List<Long> areas(String communeCode) {
		return jdbc.sql("""
				select a.id from residential_area a join unit u on u.id = a.commune_id
				where u.code = :c and u.catalog = '2023' order by a.id""").param("c", communeCode).query(Long.class).list();
	}

	@Test
	void theCampaignFormIsFilledInPerResidentialArea() {
		String body = TestHttp.basic(port, "admin").get("/api/v1/report-forms/KQ_CVD").body();
		assertThat(JsonPath.<List<String>>read(body, "$.levels")).as(body).contains("COMMUNE", "AREA");
		assertThat(TestHttp.session(port, "admin").get("/reporting/forms").body()).contains("khu dân cư");
	}

	@Test
	void areaValuesRollUpIntoCommuneDistrictAndProvinceAndAreListedByArea() {
		List<Long> dakPek = areas("23353");
		assertThat(dakPek).hasSizeGreaterThanOrEqualTo(3);
		TestHttp commune = TestHttp.basic(port, "xa.dakpek");
		TestHttp province = TestHttp.basic(port, "tinh.kontum");
		BigDecimal communeBefore = value(province, "HO_THOAT_NGHEO", "2011", "commune", "610", "23353");
		BigDecimal districtBefore = value(province, "HO_THOAT_NGHEO", "2011", "district", "62", "610");
		BigDecimal provinceBefore = value(province, "HO_THOAT_NGHEO", "2011", "province", "62", "62");

		importJson(commune, """
				{"unit":"23353","area":"%d","period":"2011","indicator":"HO_NGHEO_DAU_NAM","value":"20"},
				{"unit":"23353","area":"%d","period":"2011","indicator":"HO_THOAT_NGHEO","value":"4"},
				{"unit":"23353","area":"%d","period":"2011","indicator":"HO_NGHEO_DAU_NAM","value":"15"},
				{"unit":"23353","area":"%d","period":"2011","indicator":"HO_THOAT_NGHEO","value":"6"},
				{"unit":"23353","period":"2011","indicator":"HO_NGHEO_DAU_NAM","value":"50"},
				{"unit":"23353","period":"2011","indicator":"HO_THOAT_NGHEO","value":"1"}"""
			.formatted(dakPek.get(0), dakPek.get(0), dakPek.get(1), dakPek.get(1)), 200);

		assertThat(value(province, "HO_THOAT_NGHEO", "2011", "commune", "610", "23353")).isEqualByComparingTo(communeBefore.add(BigDecimal.valueOf(11)));
		assertThat(value(province, "HO_THOAT_NGHEO", "2011", "district", "62", "610")).isEqualByComparingTo(districtBefore.add(BigDecimal.valueOf(11)));
		assertThat(value(province, "HO_THOAT_NGHEO", "2011", "province", "62", "62")).isEqualByComparingTo(provinceBefore.add(BigDecimal.valueOf(11)));

		String areas = commune.get("/api/v1/analytics?indicator=HO_THOAT_NGHEO&period=2011&level=area&parent=23353").body();
		assertThat(JsonPath.<String>read(areas, "$.level")).isEqualTo("area");
		assertThat(JsonPath.<List<Object>>read(areas, "$.rows[*].unitId")).hasSize(dakPek.size());
		assertThat(value(commune, "HO_THOAT_NGHEO", "2011", "area", "23353", String.valueOf(dakPek.get(0)))).isEqualByComparingTo("4");
		assertThat(value(commune, "HO_THOAT_NGHEO", "2011", "area", "23353", String.valueOf(dakPek.get(1)))).isEqualByComparingTo("6");
		assertThat(JsonPath.<List<Object>>read(areas, "$.rows[?(@.code == '" + dakPek.get(2) + "')].value")).containsExactly((Object) null);

		importJson(commune, """
				{"unit":"23353","area":"%d","period":"2011","indicator":"HO_THOAT_NGHEO","value":"2"}""".formatted(dakPek.get(0)), 200);
		assertThat(value(province, "HO_THOAT_NGHEO", "2011", "province", "62", "62")).isEqualByComparingTo(provinceBefore.add(BigDecimal.valueOf(9)));
		assertThat(jdbc.sql(AggregateConsistencyIntegrationTests.DIFFERENCES).query(Long.class).single()).isZero();
	}

	@Test
	void aRuleBetweenValuesIsCheckedWithinTheArea() {
		List<Long> dakPek = areas("23353");
		HttpResponse<String> broken = importJson(TestHttp.basic(port, "xa.dakpek"), """
				{"unit":"23353","area":"%d","period":"2010","indicator":"HO_NGHEO_DAU_NAM","value":"3"},
				{"unit":"23353","area":"%d","period":"2010","indicator":"HO_THOAT_NGHEO","value":"5"}""".formatted(dakPek.get(2), dakPek.get(2)),
				400);
		assertThat(JsonPath.<List<String>>read(broken.body(), "$.errors[*].message").get(0)).contains("Số hộ thoát nghèo trong năm").contains("(5)");
	}

	@Test
	void areasOutsideTheUsersScopeAreRefused() {
		List<Long> town = areas("23341");
		TestHttp commune = TestHttp.basic(port, "xa.dakpek");
		importJson(commune, """
				{"unit":"23341","area":"%d","period":"2011","indicator":"HO_THOAT_NGHEO","value":"1"}""".formatted(town.get(0)), 403);
		assertThat(commune.get("/api/v1/analytics?indicator=HO_THOAT_NGHEO&period=2011&level=area&parent=23341").statusCode())
			.isEqualTo(403);
		assertThat(TestHttp.basic(port, "huyen.dakglei")
			.get("/api/v1/analytics?indicator=HO_THOAT_NGHEO&period=2011&level=area&parent=23341").statusCode()).isEqualTo(200);
	}

	@Test
	void aBadAreaIdIsRefusedNamingTheRowAndNothingIsSaved() {
		List<Long> dakPek = areas("23353");
		List<Long> town = areas("23341");
		TestHttp commune = TestHttp.basic(port, "xa.dakpek");
		HttpResponse<String> response = importJson(commune, """
				{"unit":"23353","area":"%d","period":"2014","indicator":"HO_THOAT_NGHEO","value":"8"},
				{"unit":"23353","area":"%d","period":"2014","indicator":"HO_THOAT_NGHEO","value":"1"},
				{"unit":"23353","area":"thôn 9","period":"2014","indicator":"HO_THOAT_NGHEO","value":"1"}"""
			.formatted(dakPek.get(3), town.get(0)), 400);
		assertThat(JsonPath.<List<Integer>>read(response.body(), "$.errors[*].row")).containsExactly(2, 3);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field")).containsOnly("area");
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].message")).contains(String.valueOf(town.get(0)));
		assertThat(value(commune, "HO_THOAT_NGHEO", "2014", "area", "23353", String.valueOf(dakPek.get(3)))).isZero();
		assertThat(commune.get("/api/v1/analytics?indicator=HO_THOAT_NGHEO&period=2014&level=area&parent=610").statusCode())
			.isEqualTo(400);
	}

	@Test
	void bulkLoadsOfAreaValuesKeepTheAggregatesEqualToARecomputation() {
		AdminUnit dakPek = units.byCode("23353", Units.REFORM_EVE).orElseThrow();
		Indicator sessions = catalog.indicator("TUYEN_TRUYEN_BUOI").orElseThrow();
		Indicator trainings = catalog.indicator("TAP_HUAN_HOI_NGHI").orElseThrow();
		long orgId = jdbc.sql("select id from member_organization where code = 'HND'").query(Long.class).single();
		List<Long> areas = areas("23353");
		TestHttp province = TestHttp.basic(port, "tinh.kontum");
		BigDecimal before = value(province, "TAP_HUAN_HOI_NGHI", "2013", "province", "62", "62");
		transactions.executeWithoutResult(tx -> loader.load(List.of(write(trainings, dakPek, areas.get(0), 0, 3),
				write(trainings, dakPek, areas.get(1), 0, 5), write(sessions, dakPek, areas.get(0), orgId, 2)), "test"));
		transactions.executeWithoutResult(tx -> loader.load(List.of(write(trainings, dakPek, areas.get(0), 0, 10),
				write(trainings, dakPek, areas.get(2), 0, 1)), "test"));
		assertThat(value(province, "TAP_HUAN_HOI_NGHI", "2013", "province", "62", "62")).isEqualByComparingTo(before.add(BigDecimal.valueOf(16)));
		assertThat(value(province, "TAP_HUAN_HOI_NGHI", "2013", "area", "23353", String.valueOf(areas.get(0)))).isEqualByComparingTo("10");
		assertThat(jdbc.sql(AggregateConsistencyIntegrationTests.DIFFERENCES).query(Long.class).single()).isZero();
	}

	@Test
	void thePivotDrillsDownFromTheCommuneToItsAreas() {
		List<Long> dakPek = areas("23353");
		TestHttp commune = TestHttp.basic(port, "xa.dakpek");
		importJson(commune, """
				{"unit":"23353","area":"%d","period":"2012","indicator":"HO_THOAT_NGHEO","value":"7"}""".formatted(dakPek.get(4)), 200);
		TestHttp province = TestHttp.session(port, "tinh.kontum");
		String district = province.get("/reporting?form=KQ_CVD&period=2012&parent=610").body();
		assertThat(district).contains("parent=23353");
		String areas = province.get("/reporting?form=KQ_CVD&period=2012&parent=23353").body();
		assertThat(areas).contains("data-code=\"" + dakPek.get(4) + "\"").contains("Thôn Đắk Năng");
		String csv = new String(province.getBytes("/reporting/export.csv?form=KQ_CVD&period=2012&parent=23353").body(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(dakPek.get(4) + ",Thôn Đắk Năng");
	}

	private static ValueStore.Write write(Indicator indicator, AdminUnit commune, long areaId, long orgId, long value) {
		return new ValueStore.Write(new ValueStore.Key(indicator.id(), "2013", commune.id(), areaId, orgId), commune.path(),
				BigDecimal.valueOf(value), null, true);
	}


	@Test
	void theCommunesOfficerEntersAnAreasValuesOnItsOwnEntryPage() {
		List<Long> dakPek = areas("23353");
		long area = dakPek.get(dakPek.size() - 1);
		String areaName = jdbc.sql("select name from residential_area where id = :id").param("id", area).query(String.class).single();
		TestHttp commune = TestHttp.session(port, "xa.dakpek");
		String communePage = commune.get("/reporting/reports/KQ_CVD/23353/2008").body();
		assertThat(communePage).contains("id=\"area-reports\"").contains("?area=" + area);

		String areaPage = commune.get("/reporting/reports/KQ_CVD/23353/2008?area=" + area).body();
		assertThat(areaPage).contains("id=\"report-area\"").contains(areaName).doesNotContain("id=\"submit-report\"");
		HttpResponse<String> saved = commune.postForm("/reporting/reports/KQ_CVD/23353/2008/values?field=HO_NGHEO_DAU_NAM&area=" + area,
				java.util.Map.of("value", "1.234"));
		assertThat(saved.body()).contains("text-success");
		assertThat(value(commune, "HO_NGHEO_DAU_NAM", "2008", "area", "23353", String.valueOf(area))).isEqualByComparingTo("1234");
		assertThat(value(TestHttp.basic(port, "tinh.kontum"), "HO_NGHEO_DAU_NAM", "2008", "commune", "610", "23353"))
			.as("the commune's total includes its area")
			.isEqualByComparingTo("1234");
		assertThat(commune.get("/reporting/reports/KQ_CVD/23353/2008?area=" + area).body()).contains("value=\"1234\"");
		assertThat(commune.get("/reporting/reports/KQ_CVD/23353/2008").body()).as("the commune's own line stays empty")
			.doesNotContain("value=\"1234\"");

		HttpResponse<String> unknown = commune.get("/reporting/reports/KQ_CVD/23353/2008?area=999999999");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(TestHttp.session(port, "xa.dakpek").get("/reporting/reports/KQ_CVD/23344/2008?area=" + area).statusCode())
			.as("another commune's report").isEqualTo(403);
	}

}
