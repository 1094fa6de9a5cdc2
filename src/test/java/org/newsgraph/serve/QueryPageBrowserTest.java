package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestSupport;
import org.newsgraph.export.Format;
import org.newsgraph.query.DataLoader;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query page in a real browser: Debian's chromium through /usr/bin/chromedriver (never a downloaded
 * driver). Skipped, loudly, where either is missing.
 */
class QueryPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path shared;

    private static SparqlServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Path sample = shared.resolve("sample.nq");
        Files.write(sample, TestSupport.write(TestSupport.sample(), Format.NQUADS));
        server = SparqlServer.start(DataLoader.load(List.of(sample), true).asDatasetGraph(),
                SparqlServer.Settings.defaults().withPort(0));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theWhoSupportsMarkRutteExampleRunsInChromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String msg = "SKIPPED the browser test of the query page: needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            System.err.println("*** " + msg);
            Assumptions.abort(msg);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(shared, "chromium"));
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            driver.get(server.baseUrl() + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            WebElement example = wait.until(d -> d.findElements(By.cssSelector("#examples button")).stream()
                    .filter(b -> b.getText().contains("Who supports Mark Rutte")).findFirst().orElse(null));
            example.click();
            driver.findElement(By.id("run")).click();
            String table = wait.until(d -> {
                List<WebElement> t = d.findElements(By.cssSelector("#results table"));
                String err = d.findElement(By.id("error")).getText();
                if (!err.isEmpty()) {
                    return "ERROR: " + err;
                }
                return t.isEmpty() ? null : t.get(0).getText();
            });
            assertTrue(table.contains("Romania") && table.contains("Viktor Orbán"), table);
        } finally {
            driver.quit();
        }
    }
}
