package dev.ficus.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Opens the shop's {@code report.html} in headless Chromium and uses it as a reader
 * would: clicks a service in the graph, reads the panel, searches a class, compares with
 * the packages.
 */
class HtmlReportIntegrationTests {

    @TempDir
    static Path folder;

    private static ChromeDriver browser;

    private static AnalysisDocument analysis;

    private static Path page;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Chromium.start(folder);
        analysis = AnalysisFixture.shop();
        page = ReportWriter.write(analysis, folder, Set.of(ReportFormat.HTML)).get(0);
    }

    @BeforeEach
    void openReport() {
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void drawsEachServiceAsACompoundNodeHoldingItsClasses() throws Exception {
        Chromium.screenshot(browser, "report-shop");

        assertThat(script("return ficus.cy.nodes('.service').map(n => n.data('label'))"))
            .asInstanceOf(InstanceOfAssertFactories.LIST)
            .contains("billing (" + types("billing") + ")", "inventory (" + types("inventory") + ")",
                    "orders (" + types("orders") + ")");
        assertThat(script("return ficus.cy.getElementById('g2').children().map(n => n.data('label'))"))
            .asInstanceOf(InstanceOfAssertFactories.LIST)
            .containsExactlyInAnyOrderElementsOf(
                    analysis.services().get(2).types().stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList());
        assertThat(Chromium.severeLogs(browser)).isEmpty();
    }

    @Test
    void highlightsTheEdgesOfAClickedServiceAndListsItsCrossingsByDirection() throws Exception {
        click("g2");
        Chromium.screenshot(browser, "report-shop-orders-selected");

        assertThat(browser.findElement(By.id("service-name")).getText()).isEqualTo("orders");
        assertThat(
                script("""
                        const own = ficus.cy.getElementById('g2').union(ficus.cy.getElementById('g2').descendants());
                        const leaving = own.connectedEdges().filter(e => own.contains(e.source()) && !own.contains(e.target()));
                        const entering = own.connectedEdges().filter(e => !own.contains(e.source()) && own.contains(e.target()));
                        return [leaving.length, entering.length, ficus.cy.edges('.outgoing').same(leaving),
                                ficus.cy.edges('.incoming').same(entering)]"""))
            .isEqualTo(List.of(3L, 1L, true, true));
        assertThat(script("return ficus.cy.edges('.outgoing')[0].renderedStyle('line-color')"))
            .isEqualTo("rgb(228,87,46)");
        assertThat(browser.findElement(By.id("outgoing")).getText())
            .contains("com.acme.shop.orders.OrderManagement → com.acme.shop.inventory.StockManagement (inventory");
        assertThat(browser.findElement(By.id("details")).getText())
            .contains("http GET /api/orders — com.acme.shop.orders.OrderController")
            .contains("orders (shared)");
        assertThat(browser.findElements(By.cssSelector("#service-types li"))).extracting(WebElement::getText)
            .containsExactlyElementsOf(analysis.services().get(2).types());
    }

    @Test
    void explainsWhyAClassFoundWithTheSearchSitsInItsService() throws Exception {
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("StockManagement");
        search.sendKeys(Keys.ENTER);
        Chromium.screenshot(browser, "report-shop-class-evidence");

        AnalysisDocument.TypeInfo stock = analysis.typesByName().get("com.acme.shop.inventory.StockManagement");
        assertThat(browser.findElement(By.id("type-name")).getText()).isEqualTo("StockManagement");
        assertThat(browser.findElement(By.id("why")).getText()).isEqualTo(Evidences.why(stock));
        assertThat(browser.findElement(By.cssSelector("#pull .own")).getText()).isEqualTo("inventory");
        assertThat(script("return ficus.cy.$('node.chosen').id()")).isEqualTo("t" + analysis.types().indexOf(stock));
    }

    @Test
    void comparesTheServicesWithThePackageStructureSideBySide() throws Exception {
        browser.findElement(By.id("compare")).click();
        click("g2");
        Chromium.screenshot(browser, "report-shop-vs-packages");

        assertThat(script("return ficus.packages().nodes().map(n => n.data('label'))"))
            .asInstanceOf(InstanceOfAssertFactories.LIST)
            .contains("orders (" + types("orders") + ")");
        assertThat(script("return ficus.packages().nodes('.holds').map(n => n.data('label').split(' ')[0])"))
            .asInstanceOf(InstanceOfAssertFactories.LIST)
            .contains("orders");
    }

    @Test
    void showsMetricsSharedKernelPlatformSharedTablesAndDiagnostics() {
        assertThat(browser.findElements(By.cssSelector("#metrics tbody tr"))).hasSize(Metric.values().length);
        assertThat(browser.findElement(By.id("kernel")).getText()).isEqualTo("com.acme.shop.shared.Money");
        assertThat(browser.findElement(By.id("platform-reason")).getText()).startsWith("No platform");
        assertThat(browser.findElement(By.id("platform")).getText()).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#shared-tables tbody")).getText())
            .isEqualTo("orders billing, orders");
        assertThat(browser.findElement(By.cssSelector("#diagnostics tbody")).getText())
            .contains("Parse error: '}' expected </script>");
    }

    @Test
    void listsThePlatformsTypesUnderItsReasonAndPlacesThemThere() throws Exception {
        Path withApplication = ReportWriter
            .write(AnalysisFixture.shopWithItsApplication(), folder.resolve("with-application"),
                    Set.of(ReportFormat.HTML))
            .get(0);
        browser.get(withApplication.toUri().toString());

        assertThat(browser.findElement(By.id("platform")).getText()).isEqualTo("com.acme.shop.ShopApplication");
        assertThat(browser.findElement(By.id("platform-reason")).getText()).startsWith("Framework plumbing");
        assertThat(script("return ficus.cy.nodes().map(n => n.data('label'))"))
            .asInstanceOf(InstanceOfAssertFactories.LIST)
            .anyMatch(label -> String.valueOf(label).startsWith("platform"));
    }

    private long types(String service) {
        return analysis.service(service).orElseThrow().types().size();
    }

    /** Clicks a node where the user sees it on the canvas. */
    private void click(String id) {
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) script(
                """
                        const n = ficus.cy.getElementById(arguments[0]); const box = n.renderedBoundingBox({includeLabels: false});
                        const r = ficus.cy.container().getBoundingClientRect();
                        return {x: r.left + box.x1 + 6, y: r.top + (box.y1 + box.y2) / 2};""",
                id);
        new Actions(browser).moveToLocation(at.get("x").intValue(), at.get("y").intValue()).click().perform();
    }

    private Object script(String script, Object... arguments) {
        return browser.executeScript(script, arguments);
    }

}
