package vn.doanket.front;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.Browser;
import vn.doanket.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Tag("browser")
class ResidentialAreaBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommuneOfficerFindsAUnitWithoutDiacriticsAndCreatesAResidentialArea() {
		String name = "Thôn Trình Duyệt " + UUID.randomUUID().toString().substring(0, 6);
		try (Browser browser = Browser.open(port)) {
			browser.login("xa.dakpek");

			browser.go("/units");
			browser.type(By.id("unit-search"), "dak pek");
			browser.waitForText(By.id("unit-search-results"), "Xã Đắk Pék");
			browser.click(By.xpath("//div[@id='unit-search-results']/a[contains(., 'Xã Đắk Pék')]"));
			browser.waitForText(By.id("unit-panel"), "23353");
			browser.click(By.linkText("Khu dân cư"));

			browser.click(By.id("new-area"));
			browser.type(By.id("name"), name);
			browser.type(By.id("households"), "-4");
			browser.type(By.id("population"), "300");
			browser.click(By.id("save-area"));
			browser.waitForText(By.id("form-errors"), "Số hộ: không được là số âm");

			browser.type(By.id("households"), "75");
			browser.click(By.id("ethnicMinority"));
			browser.click(By.id("save-area"));
			browser.waitForText(By.id("notice"), name);
			browser.waitForText(By.id("areas-table"), name);
		}
		Integer households = jdbc.sql("select households from residential_area where name = :n").param("n", name).query(Integer.class).single();
		assertThat(households).isEqualTo(75);
	}

}
