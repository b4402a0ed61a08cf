package dev.ficus.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;

import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of a 2,800-type, 55-service analysis in headless Chromium: it must be drawn
 * within 3 s with every service label readable and clear of the others at the default
 * zoom.
 */
class LargeReportBrowserTests {

    @TempDir
    static Path folder;

    private static ChromeDriver browser;

    private static Path page;

    @BeforeAll
    static void writeReport() throws Exception {
        browser = Chromium.start(folder);
        page = ReportWriter.write(LargeAnalysisFixture.document(), folder, Set.of(ReportFormat.HTML)).get(0);
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
    void drawsTheFiftyFiveServicesWithinThreeSeconds() throws Exception {
        Chromium.screenshot(browser, "report-55-services");
        System.out.printf(
                "report of %d types: %d bytes, page script started after %.0f ms, layout %.0f ms, "
                        + "first picture after %.0f ms%n",
                LargeAnalysisFixture.TYPES, Files.size(page), millis("scriptMillis"), millis("layoutMillis"),
                millis("readyMillis"));
        System.out.println("layout steps " + browser.executeScript("return JSON.stringify(ficus.timing)"));

        assertThat(millis("readyMillis")).isLessThan(3_000);
        assertThat(browser.executeScript("return ficus.cy.nodes('.service').length"))
            .isEqualTo((long) LargeAnalysisFixture.SERVICES);
        assertThat(Chromium.severeLogs(browser)).isEmpty();
    }

    private static double millis(String figure) {
        return ((Number) browser.executeScript("return ficus." + figure)).doubleValue();
    }

    @Test
    void keepsServiceLabelsApartAndInsideTheViewAtTheDefaultZoom() {
        Object overlaps = browser.executeScript(
                """
                        const boxes = ficus.cy.nodes('.service').map(n => ({name: n.data('label'),
                            b: n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true})}));
                        const hits = [];
                        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                          const p = boxes[i].b, q = boxes[j].b;
                          if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) hits.push(boxes[i].name + ' / ' + boxes[j].name);
                        }
                        return hits;""");
        Object outside = browser.executeScript("""
                const w = ficus.cy.width(), h = ficus.cy.height();
                return ficus.cy.nodes('.service').filter(n => {
                  const b = n.renderedBoundingBox({includeLabels: true});
                  return b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > h; }).map(n => n.data('label'));""");
        double fontPixels = ((Number) browser
            .executeScript("return ficus.cy.zoom() * parseFloat(ficus.cy.nodes('.service')[0].style('font-size'))"))
            .doubleValue();

        System.out.printf("service labels at the default zoom: %.1f px%n", fontPixels);
        assertThat(overlaps).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(outside).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(fontPixels).isGreaterThanOrEqualTo(7);
    }

    @Test
    void showsTheClassesOfAServiceOnDemand() throws Exception {
        browser.executeScript("ficus.cy.getElementById('g0').emit('dbltap')");
        new WebDriverWait(browser, Duration.ofSeconds(5))
            .until(page -> Boolean.FALSE.equals(browser.executeScript("return ficus.cy.animated()")));
        Chromium.screenshot(browser, "report-55-services-expanded");

        assertThat(browser.executeScript("return ficus.cy.getElementById('g0').children().length"))
            .isEqualTo((long) LargeAnalysisFixture.document().services().get(0).types().size());
        assertThat(browser.executeScript("return ficus.cy.edges('.outgoing').length"))
            .asInstanceOf(InstanceOfAssertFactories.LONG)
            .isPositive();
    }

}
