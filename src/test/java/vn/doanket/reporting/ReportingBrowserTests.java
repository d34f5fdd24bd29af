package vn.doanket.reporting;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doanket.support.Browser;
import vn.doanket.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune enters its 2023 results (fixing a value that breaks a rule on the way) and submits them, the district
 * approves, and the province sees the district's total change in the pivot.
 */
@IntegrationTest
@Tag("browser")
class ReportingBrowserTests {

	private static final String REPORT = "/reporting/reports/KQ_CVD/23353/2023";

	private static final By DISTRICT_CELL = By.cssSelector("tr[data-code='610'] td[data-indicator='HO_THOAT_NGHEO']");

	@LocalServerPort
	int port;

	@Test
	void aCommuneEntersAndSubmitsTheDistrictApprovesAndTheProvinceSeesTheTotal() {
		long before;
		try (Browser province = Browser.open(port)) {
			province.login("tinh.kontum");
			province.go("/reporting?period=2023");
			before = number(province.waitFor(DISTRICT_CELL).getText());
		}
		try (Browser commune = Browser.open(port)) {
			commune.login("xa.dakpek");
			commune.go(REPORT);
			enter(commune, "HO_NGHEO_DAU_NAM", "150", "Đã lưu");
			enter(commune, "HO_THOAT_NGHEO", "200", "không được lớn hơn");
			enter(commune, "HO_THOAT_NGHEO", "23", "Đã lưu");
			enter(commune, "HO_GIA_DINH", "692", "Đã lưu");
			enter(commune, "KDC_TONG", "5", "Đã lưu");
			enter(commune, "QUY_VNN_VAN_DONG", "45.000.000", "Đã lưu");
			enter(commune, "TUYEN_TRUYEN_BUOI__HLHPN", "6", "Đã lưu");
			press(commune, By.id("submit-report"));
			commune.waitForText(By.id("report-status"), "Đã gửi");
		}
		try (Browser district = Browser.open(port)) {
			district.login("huyen.dakglei");
			district.go(REPORT);
			press(district, By.id("approve-report"));
			district.waitForText(By.id("report-status"), "Đã phê duyệt");
		}
		try (Browser province = Browser.open(port)) {
			province.login("tinh.kontum");
			province.click(By.id("nav-reporting"));
			assertThat(number(province.waitFor(DISTRICT_CELL).getText())).isEqualTo(before + 23);
			province.click(By.linkText("Huyện Đắk Glei"));
			province.waitForText(By.cssSelector("tr[data-code='23353'] td[data-indicator='HO_THOAT_NGHEO']"), "23");
		}
	}

	private static void enter(Browser browser, String field, String value, String feedback) {
		browser.type(By.id("v-" + field), value);
		browser.driver().findElement(By.id("v-" + field)).sendKeys(Keys.TAB);
		browser.waitForText(By.id("fb-" + field), feedback);
	}

	private static void press(Browser browser, By button) {
		var element = browser.waitFor(button);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				element);
	}

	private static long number(String text) {
		String digits = text.replace(".", "").strip();
		return digits.isEmpty() ? 0 : Long.parseLong(digits);
	}

}
