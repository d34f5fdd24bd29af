package vn.doanket.inspections;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doanket.support.Browser;
import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province inspects Đắk Glei and gives one recommendation; the district responds and closes it; the province
 * (which could reopen it) opens its 2023 review report and downloads it, with the closed recommendation in it.
 */
@IntegrationTest
@Tag("browser")
class InspectionBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theProvinceInspectsDakGleiTheDistrictRespondsAndClosesAndTheReviewReportShowsIt() throws Exception {
		String title = "Kiểm tra Cuộc vận động tại Đắk Glei " + UUID.randomUUID().toString().substring(0, 6);
		String recommendation = "Tổng kết mô hình đường hoa " + UUID.randomUUID().toString().substring(0, 6);
		String detail;
		try (Browser browser = Browser.open(port)) {
			browser.login("tinh.kontum");
			browser.go("/inspections");
			click(browser, By.id("new-inspection"));
			browser.type(By.id("title"), title);
			browser.type(By.id("topics"), "Công tác tuyên truyền\nXây dựng mô hình");
			browser.setValue(By.id("periodFrom"), "2023-09-11");
			browser.setValue(By.id("periodTo"), "2023-09-08");
			browser.type(By.id("team"), "Phó Chủ tịch – Trưởng đoàn\nChuyên viên – Thư ký");
			click(browser, By.id("target-610"));
			click(browser, By.id("save-inspection"));
			browser.waitForText(By.id("form-errors"), "ngày kết thúc phải từ ngày bắt đầu trở đi");
			browser.setValue(By.id("periodTo"), "2023-09-15");
			click(browser, By.id("save-inspection"));
			browser.waitForText(By.id("notice"), title);
			browser.type(By.id("recommendation-text"), recommendation);
			new Select(browser.waitFor(By.id("ownerUnitId"))).selectByVisibleText("Huyện Đắk Glei");
			browser.setValue(By.id("deadline"), "2023-12-31");
			click(browser, By.id("save-recommendation"));
			browser.waitForText(By.cssSelector(".recommendation"), recommendation);
			detail = browser.driver().getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
		}
		try (Browser browser = Browser.open(port)) {
			browser.login("huyen.dakglei");
			browser.go(detail);
			assertThat(browser.driver().findElements(By.cssSelector(".close-form"))).as("the owner responds before closing").isEmpty();
			browser.type(By.cssSelector(".respond-form textarea[name=response]"), "Đã tổ chức tổng kết tại 12 xã, thị trấn");
			click(browser, By.cssSelector(".respond-button"));
			browser.waitForText(By.id("notice"), "Đã gửi báo cáo");
			click(browser, By.cssSelector(".close-button"));
			new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
			browser.waitForText(By.id("notice"), "Đã đóng kiến nghị");
			browser.waitForText(By.cssSelector(".recommendation-status"), "Đã hoàn thành");
			assertThat(browser.driver().findElements(By.cssSelector(".reopen-form"))).as("only the inspecting side reopens").isEmpty();
			assertThat(browser.driver().findElement(By.cssSelector(".recommendation-history")).getAttribute("textContent"))
				.contains("huyen.dakglei", "Báo cáo thực hiện", "Đóng kiến nghị");
		}
		try (Browser browser = Browser.open(port)) {
			browser.login("tinh.kontum");
			browser.go(detail);
			browser.waitFor(By.cssSelector(".reopen-form"));
			browser.go("/inspections?q=" + title.substring(0, 20).replace(' ', '+'));
			browser.waitForText(By.id("inspections-table"), "0 chưa xong / 1");

			browser.go("/reviews/report?year=2023");
			browser.waitForText(By.tagName("main"), recommendation);
			String download = browser.waitFor(By.id("download-report")).getAttribute("href");
			assertThat(download).contains("/api/v1/review-reports/document.docx?unit=62&year=2023");
			click(browser, By.id("download-report"));
			var response = TestHttp.session(port, "tinh.kontum").getBytes(download.replaceFirst("^http://localhost:\\d+", ""));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("bao-cao-so-ket-62-2023.docx");
			assertThat(text(response.body())).contains(recommendation + "\tHuyện Đắk Glei\t31/12/2023\tĐã hoàn thành");
		}
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	/** Scrolls without Bootstrap's smooth scrolling (which moves the element while it is clicked), then clicks. */
	private static void click(Browser browser, By by) {
		WebElement element = browser.waitFor(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
	}

}
