package dev.ficus.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReportUnitTests {

    private final String html = HtmlReport.render(AnalysisFixture.shop());

    @Test
    void needsNoNetwork() {
        assertThat(html).doesNotContain("<script src").doesNotContain("<link");
        // the inlined libraries name their web sites in comments and messages, the page
        // itself none
        assertThat(html.replace(ReportScripts.inlined(), "")).doesNotContain("<script src")
            .doesNotContain("<link")
            .doesNotContain("https://")
            .doesNotContain("@import")
            .doesNotContain("url(");
    }

    @Test
    void keepsTextThatLooksLikeMarkupInsideTheEmbeddedData() {
        assertThat(html).containsOnlyOnce("</script>\n<script>\n").contains("expected \\u003c/script\\u003e");
    }

    @Test
    void embedsEveryService() {
        assertThat(html).contains("\"name\":\"billing\"")
            .contains("\"name\":\"inventory\"")
            .contains("\"name\":\"orders\"");
    }

}
