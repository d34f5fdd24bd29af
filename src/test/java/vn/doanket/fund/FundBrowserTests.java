package vn.doanket.fund;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

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
class FundBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAccountantImportsTheStatementTheCommitteeApprovesAPaymentAndThePublicFindsADonation() {
		long fund = jdbc.sql("select f.id from fund f join unit u on u.id = f.unit_id where u.code = '62' and f.kind = 'POOR_FUND'")
			.query(Long.class)
			.single();
		String household = "Hộ ông A Trình " + UUID.randomUUID().toString().substring(0, 5);
		Path sample = Path.of("src/test/resources/statements/vcb-0011001932418-sample.csv").toAbsolutePath();
		try (Browser browser = Browser.open(port)) {
			browser.login("ketoan.kontum");
			browser.go("/fund");
			browser.click(By.linkText("Quỹ \"Vì người nghèo\" Tỉnh Kon Tum"));
			browser.waitFor(By.id("entries-table"));
			browser.click(By.linkText("Nhập sao kê"));
			new Select(browser.waitFor(By.id("i-preset"))).selectByValue("vcb-2024");
			browser.driver().findElement(By.id("i-file")).sendKeys(sample.toString());
			browser.click(By.id("import-submit"));
			browser.waitFor(By.id("import-summary"));
			assertThat(Integer.parseInt(browser.waitFor(By.id("count-read")).getText())).isGreaterThan(1900);
			browser.click(By.id("to-unmatched"));
			browser.waitForText(By.id("unmatched-table"), "Chưa khớp");

			browser.go("/fund/" + fund);
			browser.type(By.name("q"), "cao viet tuan");
			browser.waitForText(By.id("results"), "CAO VIET TUAN");

			browser.click(By.linkText("Chi"));
			browser.type(By.id("p-date"), "11012023");
			browser.type(By.id("p-amount"), "2000000");
			browser.type(By.id("p-beneficiary"), household);
			new Select(browser.waitFor(By.id("p-commune"))).selectByVisibleText("Xã Đắk Pék");
			browser.waitForText(By.id("p-area-box"), "Thôn Đắk Ung");
			new Select(browser.waitFor(By.id("p-area"))).selectByVisibleText("Thôn Đắk Ung");
			browser.click(By.id("propose"));
			browser.waitForText(By.id("notice"), "chờ duyệt");
			logout(browser);

			browser.login("tinh.kontum");
			browser.go("/fund/" + fund + "/payments");
			browser.click(By.xpath("//tr[contains(., '" + household + "')]//button[contains(@class, 'approve')]"));
			new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
			browser.waitForText(By.id("notice"), "Đã duyệt");
			browser.waitForText(By.id("payments-table"), "tinh.kontum");
			logout(browser);

			browser.go("/public/funds/" + fund);
			browser.type(By.id("public-search"), "nguyen thi anh");
			browser.waitForText(By.id("public-transactions"), "Nguyễn Thị Ánh");
		}
		assertThat(jdbc.sql("select status from fund_payment where beneficiary_name = :b").param("b", household).query(String.class).single())
			.isEqualTo("APPROVED");
	}

	private static void logout(Browser browser) {
		browser.click(By.id("user-menu"));
		browser.click(By.id("logout"));
		browser.waitFor(By.id("username"));
	}

}
