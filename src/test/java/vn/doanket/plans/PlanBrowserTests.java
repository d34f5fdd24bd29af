package vn.doanket.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/**
 * The whole cycle in a browser: the province imports the seed plan, corrects an item and issues it; Đắk Glei derives
 * its plan, issues it and reports progress with an evidence photo; the province sees the report in the matrix.
 */
@IntegrationTest
@Tag("browser")
class PlanBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importIssueDeriveReportAndFollow() throws IOException {
		String title = "Kế hoạch trình duyệt " + UUID.randomUUID().toString().substring(0, 6);
		Path seed = Files.createTempFile("ke-hoach-", ".txt");
		Files.writeString(seed, PlanTexts.seed(), StandardCharsets.UTF_8);
		Path photo = Files.createTempFile("minh-chung-", ".png");
		Files.write(photo, PlanCascadeIntegrationTests.PNG);
		long planId;
		try (Browser browser = Browser.open(port)) {
			browser.login("tinh.kontum");
			browser.go("/plans");
			browser.click(By.id("import-plan"));
			browser.driver().findElement(By.id("plan-file")).sendKeys(seed.toAbsolutePath().toString());
			browser.click(By.cssSelector("#upload-form button[type=submit]"));
			browser.waitFor(By.id("review-form"));
			browser.type(By.id("title"), title);
			browser.type(By.name("title_1_0"), "Công tác tuyên truyền (đã rà soát)");
			browser.type(By.name("when_1_0"), "quý II/2023");
			browser.waitForText(By.id("tf-1-0"), "01/04/2023 – 30/06/2023");
			browser.type(By.name("when_1_0"), "Thường xuyên");
			browser.waitForText(By.id("tf-1-0"), "thường xuyên");
			click(browser, By.id("confirm-import"));
			browser.waitForText(By.id("plan-title"), title);
			click(browser, By.id("issue-button"));
			accept(browser);
			browser.waitForText(By.id("plan-status"), "Đã ban hành");
			planId = jdbc.sql("select id from plan where title = :t").param("t", title).query(Long.class).single();

			browser.driver().manage().deleteAllCookies();
			browser.login("huyen.dakglei");
			browser.go("/plans/inbox");
			browser.waitForText(By.id("inbox-table"), title);
			browser.go("/plans/" + planId);
			click(browser, By.cssSelector(".derive-form button"));
			browser.waitForText(By.id("notice"), "Huyện Đắk Glei");
			click(browser, By.id("issue-button"));
			accept(browser);
			browser.waitForText(By.id("plan-status"), "Đã ban hành");

			browser.go("/plans/" + planId + "/report");
			browser.waitFor(By.cssSelector(".report-form"));
			new Select(browser.driver().findElement(By.cssSelector(".report-form select[name=status]"))).selectByValue("IN_PROGRESS");
			browser.type(By.cssSelector(".report-form input[name=note]"), "Đã tổ chức 12 buổi tuyên truyền");
			browser.driver().findElement(By.cssSelector(".report-form input[name=file]")).sendKeys(photo.toAbsolutePath().toString());
			click(browser, By.cssSelector(".report-form button[type=submit]"));
			browser.waitForText(By.id("notice"), "Đã lưu báo cáo tiến độ");

			browser.driver().manage().deleteAllCookies();
			browser.login("tinh.kontum");
			browser.go("/plans/" + planId);
			browser.waitForText(By.id("children-table"), "Huyện Đắk Glei");
			browser.go("/plans/" + planId + "/progress");
			browser.waitForText(By.id("progress-matrix"), "Đang thực hiện");
			click(browser, By.cssSelector("#progress-matrix td.state-IN_PROGRESS"));
			browser.waitForText(By.id("cell-detail"), "Đã tổ chức 12 buổi tuyên truyền");
			assertThat(browser.driver().findElement(By.id("cell-detail")).getText()).contains(photo.getFileName().toString());
		}
		assertThat(jdbc.sql("select count(*) from plan where parent_plan_id = :p and status = 'ISSUED'").param("p", planId)
			.query(Long.class).single()).isEqualTo(1);
	}

	/** Scrolls the element to the middle of the window first, where nothing covers it. */
	private static void click(Browser browser, By by) {
		org.openqa.selenium.WebElement element = browser.waitFor(by);
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

	private static void accept(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
	}

}
