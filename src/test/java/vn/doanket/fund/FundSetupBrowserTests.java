package vn.doanket.fund;

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
class FundSetupBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAccountantFindsAFundOpensAnAppealAddsItsAccountAndDeactivatesIt() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String number = FundSetupPagesIntegrationTests.accountNumber();
		try (Browser browser = Browser.open(port)) {
			browser.login("ketoan.kontum");
			browser.go("/fund");
			browser.type(By.name("q"), "bao so 3 yagi");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
				.until(d -> !d.findElement(By.id("results")).getText().contains("Huyện Đắk Glei"));
			assertThat(browser.waitFor(By.id("results")).getText()).contains("Ủng hộ đồng bào bị thiệt hại do bão số 3 (Yagi)");

			browser.click(By.id("open-appeal"));
			browser.type(By.id("a-name"), "Quỹ cứu trợ bão số 3 " + tag);
			browser.click(By.id("open-submit"));
			browser.waitForText(By.id("notice"), "Đã mở quỹ");

			new Select(browser.waitFor(By.id("b-bin"))).selectByValue("970436");
			browser.type(By.id("b-number"), number);
			browser.type(By.id("b-holder"), "UY BAN MTTQ VN TINH KON TUM");
			browser.click(By.id("add-account"));
			browser.waitForText(By.id("notice"), "Đã thêm tài khoản Vietcombank số " + number);
			assertThat(browser.waitFor(By.className("account-qr")).getAttribute("src")).startsWith("data:image/png;base64,");

			browser.click(By.className("deactivate"));
			new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
			browser.waitForText(By.id("notice"), "Đã ngừng sử dụng tài khoản");
			browser.waitFor(By.className("activate"));
		}
		assertThat(jdbc.sql("select a.active from fund_bank_account a join fund f on f.id = a.fund_id where f.name = :n")
			.param("n", "Quỹ cứu trợ bão số 3 " + tag)
			.query(Boolean.class)
			.single()).isFalse();
	}

}
