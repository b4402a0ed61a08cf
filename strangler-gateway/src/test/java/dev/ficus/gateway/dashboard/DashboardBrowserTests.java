package dev.ficus.gateway.dashboard;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the live dashboard in headless Chromium at 1400×1000 and watches what a user sees
 * follow real traffic: a burst stays in the 10 s window, the history charts fill, health
 * and circuits are shown and highlighted, a rollout shows its step, thresholds and
 * reason. Screenshots go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(Map.of());

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final int BURST = 100;

    @TempDir
    static Path browserProfile;

    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
            .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                    "--window-size=1400,1000", "--hide-scrollbars", "--user-data-dir=" + browserProfile);
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
    @Order(1)
    void keepsABurstInTheTenSecondWindowPerSide() throws Exception {
        stack.gateway().route("catalog", "CANARY", 40);
        open();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(page -> cell("catalog", "mode").equals("CANARY")
                && count("monolith-window-requests") + count("service-window-requests") == 0);
        // the window holds the last 10 s once the gateway has run that long
        GatewayFixtures.sleep(Duration.ofSeconds(11));
        long monolithBefore = count("monolith-requests");
        long serviceBefore = count("service-requests");

        burst();
        wait.until(page -> count("monolith-window-requests") + count("service-window-requests") == BURST);
        long monolith = count("monolith-window-requests");
        long service = count("service-window-requests");
        GatewayFixtures.sleep(Duration.ofSeconds(2));
        screenshot("dashboard-after-burst");

        assertThat(monolith).isEqualTo(count("monolith-requests") - monolithBefore).isGreaterThan(20);
        assertThat(service).isEqualTo(count("service-requests") - serviceBefore).isGreaterThan(20);
        // two seconds later the burst is still inside the window, at about a tenth of
        // it per second
        assertThat(count("monolith-window-requests")).isEqualTo(monolith);
        assertThat(count("service-window-requests")).isEqualTo(service);
        assertThat(Double.parseDouble(cell("catalog", "service-rps"))).isBetween(service / 11.5, service / 9.5);
        assertThat(Double.parseDouble(cell("catalog", "monolith-p99"))).isPositive();
        assertThat(script("return document.querySelector('#decisions tbody tr td:nth-child(4)').textContent"))
            .isEqualTo("CANARY 40 %");
    }

    @Test
    @Order(2)
    void drawsTheHistoryOfEachSideWithTheWeightStepsMarked() throws Exception {
        stack.gateway().route("catalog", "CANARY", 70);
        for (int i = 0; i < 20; i++) {
            stack.gateway().get("/api/catalog/products/h" + i, Map.of("X-User-Id", "history-user-" + i));
        }
        open();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(page -> Boolean.TRUE.equals(script("""
                const c = typeof charts !== 'undefined' && charts['catalog/rps'];
                return !!c && c.steps.some(s => s.label === 'CANARY 70 %')
                    && c.plot.data[2].reduce((a, b) => a + (b || 0), 0) > 0""")));
        screenshot("dashboard-history");

        // every request so far, each counted in exactly one second of the history
        GatewayFixtures.await(Duration.ofSeconds(10), "the history holds all requests",
                () -> historyRequests() == BURST + 20);
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector(".card[data-capability='catalog'] canvas")))
            .hasSize(3);
    }

    @Test
    @Order(3)
    void showsServiceHealthAndHighlightsAnOpenCircuit() throws Exception {
        stack.gateway().route("inventory", "SERVICE", 100);
        open();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(page -> cell("inventory", "health").equals("DOWN") && cell("catalog", "health").equals("UP"));
        for (int i = 0; i < 12; i++) {
            stack.gateway().get("/api/inventory/items/" + i);
        }
        wait.until(page -> cell("inventory", "circuit").equals("OPEN"));
        screenshot("dashboard-open-circuit");

        assertThat(script(
                "return document.querySelector(\"tr[data-capability='inventory'] td[data-key='circuit']\").className"))
            .asString()
            .contains("alert");
        assertThat(script("return document.querySelector(\".card[data-capability='inventory']\").className")).asString()
            .contains("alert");
        assertThat(cell("catalog", "circuit")).isEqualTo("CLOSED");
    }

    @Test
    @Order(4)
    void showsTheRolloutStepThresholdsAndReason() throws Exception {
        stack.gateway()
            .admin("POST", "/admin/routes/catalog/rollout",
                    "{\"steps\":[10,50,100],\"minRequests\":1000,\"maxErrorRate\":0.02}");
        open();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(page -> text(".card[data-capability='catalog'] .rollout").contains("RUNNING"));
        screenshot("dashboard-rollout");

        assertThat(text(".card[data-capability='catalog'] .rollout")).contains("RUNNING, step 1 of 3")
            .contains("steps 10 → 50 → 100")
            .contains("error rate ≤ 2.0 %")
            .contains("≥ 1000 requests")
            .contains("started at weight 10");
        assertThat(text(".card[data-capability='catalog'] .shadow")).contains("0 compared");
        assertThat(List.of(cell("catalog", "mode"), cell("catalog", "weight"))).containsExactly("CANARY", "10");
    }

    /**
     * {@link #BURST} requests from ten clients at once, so they land within a second or
     * two.
     */
    private static void burst() throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(10);
        try {
            for (int i = 0; i < BURST; i++) {
                String user = "dashboard-user-" + i;
                clients.submit(() -> stack.gateway().get("/api/catalog/products/" + user, Map.of("X-User-Id", user)));
            }
        }
        finally {
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static long historyRequests() {
        long sum = 0;
        for (JsonNode capability : GatewayFixtures
            .json(GatewayFixtures.send(HttpRequest.newBuilder(stack.gateway().adminUrl("/dashboard/history"))))) {
            if (capability.path("name").asString().equals("catalog")) {
                for (JsonNode point : capability.path("points")) {
                    sum += point.path("monolith").path("requests").asLong()
                            + point.path("service").path("requests").asLong();
                }
            }
        }
        return sum;
    }

    private static void open() {
        browser.get(stack.gateway().adminUrl("/dashboard?refresh=300").toString());
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static long count(String key) {
        String text = cell("catalog", key);
        return text.isEmpty() ? -1 : Long.parseLong(text);
    }

    private static String text(String selector) {
        return String.valueOf(
                script("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", selector));
    }

    private static Object script(String script, Object... arguments) {
        return browser.executeScript(script, arguments);
    }

    /**
     * Reads a cell in one script call, so a table re-rendered meanwhile cannot leave a
     * stale element.
     */
    private static String cell(String capability, String key) {
        return text("tr[data-capability='" + capability + "'] td[data-key='" + key + "']");
    }

}
