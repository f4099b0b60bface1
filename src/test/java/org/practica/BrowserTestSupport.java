package org.practica;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real headless Chromium driving the running application. Runs where Debian's chromium
 * and chromium-driver are installed (as .ci/run installs them) and is reported as skipped
 * elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
public abstract class BrowserTestSupport extends ApiTestSupport {

	private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

	private static final Path CHROMIUM = Path.of(System.getProperty("practica.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("practica.chromedriver", "/usr/bin/chromedriver"));

	protected static WebDriver browser;

	private static Path profile;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		profile = Files.createTempDirectory("practica-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1400", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	protected void signIn(String username, String password) {
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		click(By.id("sign-in"));
		waitFor(By.id("sign-out"));
	}

	protected void signOut() {
		click(By.id("sign-out"));
		// the implicit wait would hold every look for the vanished link for its full
		// length
		browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(50))
				.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sign-out")));
		}
		finally {
			browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		}
	}

	protected WebElement waitFor(By by) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	protected void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Sets a date or number input the way a picker would, whatever the browser's locale.
	 */
	protected void set(String id, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id(id)), value);
	}

	/** Clicks like a person: the element scrolled into view first. */
	protected void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			// headless windows can report a point outside the viewport for the lowest
			// elements of a long page
			((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
		}
	}

	protected void click(By by) {
		click(waitFor(by));
	}

	protected void select(String id, String value) {
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(value);
	}

	/**
	 * The element's text once it is there, read again if a navigation replaced the
	 * element meanwhile.
	 */
	protected String text(By by) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(by).getText());
	}

	/**
	 * Expects the element to show the text within a few seconds: for reading a page that
	 * a click is still loading. Fails with the text it last saw.
	 */
	protected void expectText(By by, String expected) {
		try {
			new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
				.ignoring(org.openqa.selenium.NoSuchElementException.class)
				.until(driver -> driver.findElement(by).getText().equals(expected));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("Expected " + by + " to show \"" + expected + "\" but it showed \""
					+ browser.findElements(by).stream().map(WebElement::getText).findFirst().orElse("nothing") + "\"");
		}
	}

	/** Keeps a picture of the page under target/screenshots, for a person to look at. */
	protected void screenshot(String name) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
