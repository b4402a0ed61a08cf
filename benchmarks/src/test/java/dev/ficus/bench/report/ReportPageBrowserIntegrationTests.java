package dev.ficus.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.openqa.selenium.logging.LogType;

import dev.ficus.bench.measure.Spread;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens the committed {@code reports/benchmarks/report.html} in headless Chromium and
 * checks what a reader sees against the committed {@code results.json}: the charts are
 * drawn, the SLO line sits at the objective and the headline figures are the run's; a
 * point above the axis is labelled with its value (on a copy of the run with one raised).
 */
class ReportPageBrowserIntegrationTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Path COMMITTED_RUN = Path.of("").toAbsolutePath().getParent().resolve("reports/benchmarks");

    private static final double MIB = 1024.0 * 1024.0;

    @TempDir
    static Path folder;

    private static ChromeDriver browser;

    private static JsonNode results;

    @BeforeAll
    static void openReport() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver");
        results = JsonMapper.builder().build().readTree(COMMITTED_RUN.resolve(ReportWriter.RESULTS_JSON).toFile());
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
        browser.get(COMMITTED_RUN.resolve(ReportWriter.REPORT_HTML).toUri().toString());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void drawsTheLatencyChartAndThreeBarChartsBeforeTheFirstTableWithoutScriptErrors() {
        assertThat(browser.findElements(By.cssSelector(".charts svg .chart-title"))).extracting(WebElement::getText)
            .containsExactly("p99 latency vs offered rate (median over repeats)", "Peak RSS per topology (median)",
                    "CPU during the fixed-rate load (median)", "Start to ready of the whole topology (median)");
        assertThat(browser.findElements(By.cssSelector(".charts + h2"))).extracting(WebElement::getText)
            .containsExactly("Summary per topology (median, min–max over repeats)");
        assertThat(browser.findElements(By.cssSelector("svg[data-chart=lines] g.series")))
            .extracting(series -> series.getAttribute("data-name"))
            .containsExactlyElementsOf(
                    results.path("topologies").valueStream().map(t -> t.path("name").asString()).toList());
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
            .filteredOn(entry -> entry.getLevel() == Level.SEVERE)
            .isEmpty();
    }

    @Test
    void drawsTheSloLineAtTheObjectiveOnTheLatencyAxis() {
        double slo = results.path("plan").path("slo").path("p99Millis").asDouble();
        WebElement chart = browser.findElement(By.cssSelector("svg[data-chart=lines]"));
        List<WebElement> ticks = chart.findElements(By.cssSelector("text.y-tick"));
        double bottom = y(ticks.get(0)) - 3;
        double top = y(ticks.get(ticks.size() - 1)) - 3;
        double axisMax = Double.parseDouble(ticks.get(ticks.size() - 1).getText());

        WebElement line = chart.findElement(By.cssSelector("line.reference"));
        assertThat(chart.findElement(By.cssSelector("text.reference-label")).getText())
            .isEqualTo("SLO p99 %.0f ms".formatted(slo));
        assertThat(Double.parseDouble(line.getAttribute("y1"))).isCloseTo(bottom - (bottom - top) * slo / axisMax,
                within(0.01));
        assertThat(axisMax).as("the axis stops at a few times the SLO")
            .isBetween(slo, Charts.OFF_SCALE_FACTOR * slo * 2);
    }

    @Test
    void labelsEveryPointAboveTheAxisWithItsMedianP99FromTheResults() throws Exception {
        JsonNode offScale = renderWithOnePointAboveTheAxis();
        browser.get(folder.resolve("off-scale").resolve(ReportWriter.REPORT_HTML).toUri().toString());
        try {
            WebElement chart = browser.findElement(By.cssSelector("svg[data-chart=lines]"));
            List<WebElement> ticks = chart.findElements(By.cssSelector("text.y-tick"));
            double axisMax = Double.parseDouble(ticks.get(ticks.size() - 1).getText());
            List<String> expected = offScale.path("topologies")
                .valueStream()
                .flatMap(topology -> sweepMedians(topology).entrySet()
                    .stream()
                    .filter(point -> point.getValue() > axisMax)
                    .map(point -> "↑ " + oneDecimal(point.getValue())))
                .toList();

            assertThat(expected).as("the page was rendered with a point above the axis").isNotEmpty();
            assertThat(chart.findElements(By.cssSelector("text.off-scale-label"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(chart.findElements(By.cssSelector("circle.off-scale"))).hasSize(expected.size())
                .allSatisfy(point -> assertThat(Double.parseDouble(point.getAttribute("cy")))
                    .isCloseTo(y(ticks.get(ticks.size() - 1)) - 3, within(0.01)));
        }
        finally {
            browser.get(COMMITTED_RUN.resolve(ReportWriter.REPORT_HTML).toUri().toString());
        }
    }

    /**
     * The committed run with the last topology's p99 at its highest swept rate raised to
     * ten times the SLO in every repeat, rendered into a folder of its own: whether a
     * measured run has a point above the axis depends on the machine it ran on.
     */
    private static JsonNode renderWithOnePointAboveTheAxis() throws Exception {
        JsonNode copy = results.deepCopy();
        double raised = 10 * copy.path("plan").path("slo").path("p99Millis").asDouble();
        JsonNode topologies = copy.path("topologies");
        JsonNode last = topologies.get(topologies.size() - 1);
        double highest = last.path("repeats")
            .valueStream()
            .flatMap(repeat -> repeat.path("sweep").valueStream())
            .filter(point -> !point.path("fixedRate").asBoolean())
            .mapToDouble(point -> point.path("rate").asDouble())
            .max()
            .orElseThrow();
        last.path("repeats")
            .valueStream()
            .flatMap(repeat -> repeat.path("sweep").valueStream())
            .filter(point -> !point.path("fixedRate").asBoolean() && point.path("rate").asDouble() == highest)
            .forEach(point -> ((ObjectNode) point).put("p99Millis", raised));
        Path directory = Files.createDirectories(folder.resolve("off-scale"));
        JsonMapper.builder().build().writeValue(directory.resolve(ReportWriter.RESULTS_JSON).toFile(), copy);
        ReportWriter.render(directory);
        return copy;
    }

    @Test
    void showsTheHeadlineFiguresOfTheResults() {
        List<WebElement> rows = browser.findElements(
                By.xpath("//h2[starts-with(., 'Summary per topology')]/following-sibling::table[1]/tbody/tr"));

        assertThat(rows).hasSize(results.path("topologies").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode topology = results.path("topologies").get(i);
            List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertThat(cells.get(0)).isEqualTo(topology.path("name").asString());
            assertThat(cells.get(1)).startsWith(
                    "%.0f".formatted(topology.path("summary").path("maxSustainableRate").path("median").asDouble()));
            assertThat(cells.get(3)).startsWith("%.0f"
                .formatted(topology.path("summary").path("totalPeakRssBytes").path("median").asDouble() / MIB));
        }
    }

    @Test
    void stacksEachProcesssPeakRssIntoItsTopologysBar() {
        WebElement chart = browser.findElements(By.cssSelector("svg[data-chart=bars]")).get(0);

        for (JsonNode topology : results.path("topologies")) {
            String name = topology.path("name").asString();
            double sum = topology.path("summary")
                .path("processes")
                .valueStream()
                .mapToDouble(process -> process.path("peakRssBytes").path("median").asDouble() / MIB)
                .sum();
            assertThat(chart.findElements(By.cssSelector("rect.segment[data-bar='" + name + "']")))
                .extracting(segment -> segment.getAttribute("data-name"))
                .containsExactlyElementsOf(topology.path("summary").path("processes").propertyNames());
            assertThat(chart.findElement(By.cssSelector("text.bar-total[data-bar='" + name + "']")).getText())
                .isEqualTo(oneDecimal(sum));
        }
    }

    /** Median p99 per rate the sweep measured itself, over the successful repeats. */
    private static Map<Double, Double> sweepMedians(JsonNode topology) {
        Map<Double, List<Double>> byRate = new java.util.TreeMap<>();
        topology.path("repeats")
            .valueStream()
            .filter(repeat -> repeat.path("failure").asString().isEmpty())
            .flatMap(repeat -> repeat.path("sweep").valueStream())
            .filter(point -> !point.path("fixedRate").asBoolean())
            .forEach(point -> byRate.computeIfAbsent(point.path("rate").asDouble(), rate -> new java.util.ArrayList<>())
                .add(point.path("p99Millis").asDouble()));
        Map<Double, Double> medians = new java.util.TreeMap<>();
        byRate.forEach((rate, values) -> medians.put(rate, Spread.of(values).median()));
        return medians;
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static double y(WebElement text) {
        return Double.parseDouble(text.getAttribute("y"));
    }

}
