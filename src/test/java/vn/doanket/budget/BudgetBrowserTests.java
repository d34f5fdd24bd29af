package vn.doanket.budget;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.Browser;
import vn.doanket.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Tag("browser")
class BudgetBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAccountantDraftsACommuneEstimateTheDistrictApprovesAndOverspendingIsWarned() {
		try (Browser browser = Browser.open(port)) {
			browser.login("ketoan.kontum");
			browser.go("/budget?year=2024");
			browser.type(By.id("e-unit"), "23344");
			browser.type(By.id("e-year"), "2024");
			browser.click(By.id("create-estimate"));
			browser.waitForText(By.id("notice"), "Xã Đắk Blô");
			browser.type(By.name("lines.COMMUNE_SUPPORT"), "20.000.000");
			browser.type(By.name("lines.TRAINING"), "3.000.000");
			browser.click(By.id("save-lines"));
			browser.waitForText(By.id("warnings"), "Hỗ trợ Ủy ban MTTQ xã: dự toán 20.000.000 đ thấp hơn định mức 25.000.000 đ");
			browser.type(By.name("lines.COMMUNE_SUPPORT"), "25.000.000");
			browser.click(By.id("save-lines"));
			browser.waitForText(By.id("notice"), "Đã lưu");
			assertThat(browser.driver().findElement(By.id("warnings")).getText()).doesNotContain("Hỗ trợ Ủy ban MTTQ xã");
			String path = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
			logout(browser);

			browser.login("huyen.dakglei");
			browser.go(path);
			browser.click(By.id("approve"));
			new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
			browser.waitForText(By.id("estimate-status"), "Đã duyệt");
			logout(browser);

			browser.login("ketoan.kontum");
			browser.go(path);
			new Select(browser.waitFor(By.id("s-line"))).selectByValue("TRAINING");
			browser.setValue(By.id("s-date"), "2024-08-20");
			browser.type(By.id("s-amount"), "3.200.000");
			browser.type(By.id("s-voucher"), "PC-19");
			browser.type(By.id("s-desc"), "Tập huấn Ban công tác Mặt trận");
			browser.click(By.id("record-spending"));
			browser.waitForText(By.id("spending-warnings"), "Tập huấn, bồi dưỡng: đã chi 3.200.000 đ, vượt dự toán 3.000.000 đ");
			browser.waitForText(By.id("spending-table"), "PC-19");
			browser.click(By.linkText("Quyết toán"));
			browser.waitForText(By.id("settlement-table"), "106,7 %");
		}
		assertThat(jdbc.sql("select count(*) from budget_spending s join budget_estimate e on e.id = s.estimate_id where s.voucher_number = 'PC-19'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static void logout(Browser browser) {
		browser.click(By.id("user-menu"));
		browser.click(By.id("logout"));
		browser.waitFor(By.id("username"));
	}

}
