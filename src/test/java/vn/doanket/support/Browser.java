package vn.doanket.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Debian's chromedriver, headless; nothing is ever downloaded. Without Chromium the
 * browser tests are skipped with a message, unless {@code -Dbrowser.required=true} (CI) makes that a failure.
 */
public final class Browser implements AutoCloseable {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String base;

	private Browser(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	public static Browser open(int port) {
		boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!present) {
			String message = "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)";
			if (Boolean.getBoolean("browser.required")) {
				Assertions.fail(message + ": required here (-Dbrowser.required=true)");
			}
			System.out.println("SKIPPED browser test: " + message);
			Assumptions.abort(message);
		}
		try {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1366,900", "--lang=vi",
					"--user-data-dir=" + Files.createTempDirectory("doanket-chromium").toAbsolutePath());
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
			return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	public Browser login(String username) {
		go("/login");
		type(By.id("username"), username);
		type(By.id("password"), TestHttp.DEMO_PASSWORD);
		click(By.id("login-submit"));
		waitFor(By.id("user-menu"));
		return this;
	}

	public void type(By by, String text) {
		WebElement element = waitFor(by);
		element.clear();
		element.sendKeys(text);
	}

	/** Sets an input's value directly (date inputs render in the browser's locale, so typing is unreliable). */
	public void setValue(By by, String value) {
		WebElement element = waitFor(by);
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", element, value);
	}

	public void click(By by) {
		WebElement element = waitFor(by);
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		try {
			wait(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			// Bootstrap scrolls smoothly and a popup (a datalist's suggestions) can cover the element: settle and retry
			driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
			((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", element);
			wait(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
		}
	}

	public WebElement waitFor(By by) {
		return wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public void waitForText(By by, String text) {
		wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	public WebDriver driver() {
		return driver;
	}

	private WebDriverWait wait(Duration timeout) {
		return new WebDriverWait(driver, timeout);
	}

	@Override
	public void close() {
		driver.quit();
	}

}
