package dev.ficus.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens {@code report.html} in headless Chromium: it must render every service, react to
 * clicks, log no error.
 */
class HtmlReportIntegrationTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path folder;

    private static ChromeDriver browser;

    private static AnalysisDocument analysis;

    @BeforeAll
    static void openReport() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver");
        analysis = AnalysisFixture.shop();
        Path page = ReportWriter.write(analysis, folder, Set.of(ReportFormat.HTML)).get(0);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
            .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                    "--window-size=1400,1000",
                    "--user-data-dir=" + Files.createTempDirectory(folder, "chromium-profile"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void drawsOneClusterPerCandidateService() {
        List<WebElement> services = browser.findElements(By.cssSelector("#map g.service"));

        assertThat(services).extracting(e -> e.getAttribute("data-service"))
            .containsExactly("billing", "inventory", "orders");
        assertThat(browser.findElements(By.cssSelector("#map g.service circle.type"))).hasSize(15);
    }

    @Test
    void listsTheTypesEntryPointsAndTablesOfAClickedService() {
        browser.findElement(By.cssSelector("#map g.service[data-service='orders'] circle.hull")).click();

        assertThat(browser.findElement(By.id("service-name")).getText()).isEqualTo("orders");
        assertThat(browser.findElements(By.cssSelector("#service-types li"))).extracting(WebElement::getText)
            .containsExactlyElementsOf(analysis.services().get(2).types());
        assertThat(browser.findElement(By.id("details")).getText())
            .contains("http GET /api/orders — com.acme.shop.orders.OrderController")
            .contains("orders (shared)")
            .contains("com.acme.shop.orders.OrderManagement → com.acme.shop.inventory.StockManagement");
    }

    @Test
    void showsMetricsSharedKernelSharedTablesAndDiagnostics() {
        assertThat(browser.findElements(By.cssSelector("#metrics tbody tr"))).hasSize(Metric.values().length);
        assertThat(browser.findElement(By.id("kernel")).getText()).isEqualTo("com.acme.shop.shared.Money");
        assertThat(browser.findElement(By.cssSelector("#shared-tables tbody")).getText())
            .isEqualTo("orders billing, orders");
        assertThat(browser.findElement(By.cssSelector("#diagnostics tbody")).getText())
            .contains("Parse error: '}' expected </script>");
    }

    @Test
    void logsNoScriptError() {
        List<LogEntry> severe = browser.manage()
            .logs()
            .get(LogType.BROWSER)
            .getAll()
            .stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();

        assertThat(severe).isEmpty();
    }

}
