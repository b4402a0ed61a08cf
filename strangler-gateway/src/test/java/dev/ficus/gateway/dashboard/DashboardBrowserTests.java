package dev.ficus.gateway.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.ficus.gateway.GatewayFixtures.Stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the live dashboard in headless Chromium and watches its numbers follow real
 * traffic.
 */
class DashboardBrowserTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(Map.of());

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path browserProfile;

    static WebDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
            .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                    "--user-data-dir=" + browserProfile);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsModesAndNumbersThatFollowTraffic() {
        stack.gateway().route("catalog", "CANARY", 40);
        browser.get(stack.gateway().adminUrl("/dashboard?refresh=300").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(page -> cell("catalog", "mode").equals("CANARY"));
        assertThat(cell("catalog", "weight")).isEqualTo("40");
        long monolithBefore = count("monolith-requests");
        long serviceBefore = count("service-requests");

        for (int i = 0; i < 100; i++) {
            stack.gateway().get("/api/catalog/products/" + i, Map.of("X-User-Id", "dashboard-user-" + i));
        }

        wait.until(
                page -> count("service-requests") + count("monolith-requests") == monolithBefore + serviceBefore + 100);
        assertThat(count("service-requests")).isGreaterThan(serviceBefore + 20);
        assertThat(count("monolith-requests")).isGreaterThan(monolithBefore + 20);
        assertThat(Double.parseDouble(cell("catalog", "service-rps"))).isPositive();
        assertThat(Double.parseDouble(cell("catalog", "monolith-p99"))).isPositive();
        assertThat(((JavascriptExecutor) browser)
            .executeScript("return document.querySelector('#decisions tbody tr td:nth-child(4)').textContent"))
            .isEqualTo("CANARY 40 %");
    }

    private static long count(String key) {
        return Long.parseLong(cell("catalog", key));
    }

    /**
     * Reads a cell in one script call, so a table re-rendered meanwhile cannot leave a
     * stale element.
     */
    private static String cell(String capability, String key) {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "const cell = document.querySelector(arguments[0]); return cell ? cell.textContent : '';",
                "tr[data-capability='" + capability + "'] td[data-key='" + key + "']");
        return String.valueOf(text);
    }

}
