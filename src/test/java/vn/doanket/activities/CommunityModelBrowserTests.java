package vn.doanket.activities;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doanket.support.Browser;
import vn.doanket.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Tag("browser")
class CommunityModelBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aWomensUnionOfficerRegistersAModelAndAnActivityWithAPhotoThatTheProvinceSees() throws Exception {
		String model = "Tổ phụ nữ giữ đường hoa " + UUID.randomUUID().toString().substring(0, 6);
		Path photo = Files.createTempFile("anh-mo-hinh", ".png");
		ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
		try (Browser browser = Browser.open(port)) {
			browser.login("phunu.kontum");
			browser.go("/activities/models");
			browser.click(By.id("new-model"));
			browser.type(By.id("name"), model);
			new Select(browser.waitFor(By.id("contentNo"))).selectByValue("3");
			browser.type(By.id("category"), "Đường hoa");
			browser.setValue(By.id("startedOn"), "2030-03-08");
			browser.type(By.id("participants"), "25");
			browser.click(By.id("save-model"));
			browser.waitForText(By.id("form-errors"), "Ngày bắt đầu: phải là ngày đã qua");
			browser.setValue(By.id("startedOn"), "2023-03-08");
			browser.click(By.id("save-model"));
			browser.waitForText(By.id("notice"), model);

			browser.click(By.linkText("Ghi nhận hoạt động của mô hình"));
			browser.type(By.id("title"), "Ra quân trồng hoa " + model);
			browser.setValue(By.id("heldOn"), "2023-09-03");
			new Select(browser.waitFor(By.id("channel"))).selectByValue("PEOPLES_CONFERENCE");
			browser.type(By.id("sessions"), "1");
			browser.type(By.id("participants"), "40");
			browser.click(By.id("save-activity"));
			browser.waitForText(By.id("notice"), "Ra quân trồng hoa");
			browser.driver().findElement(By.id("attachment-file")).sendKeys(photo.toAbsolutePath().toString());
			browser.click(By.id("upload-attachment"));
			WebElement thumbnail = browser.waitFor(By.cssSelector("#attachments img"));
			assertThat(thumbnail.getAttribute("src")).contains("thumbnail=true");
		}
		try (Browser browser = Browser.open(port)) {
			browser.login("tinh.kontum");
			browser.go("/activities/models");
			browser.waitFor(By.id("models-overview"));
			browser.type(By.name("q"), "to phu nu giu duong hoa");
			browser.waitForText(By.id("models-table"), model);
		}
	}

}
