package dev.ficus.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownSummaryUnitTests {

    private final String summary = MarkdownSummary.render(AnalysisFixture.shop());

    @Test
    void tabulatesEveryServiceWithItsSizeAndTables() {
        assertThat(summary).contains("## Suggested services (3)")
            .contains("| orders | 5 | 50 | 2 | order_lines, orders |")
            .contains("| inventory | 5 | 50 | 2 | stock_item_lines, stock_items | 1 | 0 |");
    }

    @Test
    void listsEntryPointsSharedKernelAndSharedTables() {
        assertThat(summary).contains("- Entry points: `GET /api/orders` (OrderController), `POST /api/orders`")
            .contains("## Shared kernel (1 types)")
            .contains("\nMoney\n")
            .contains("| orders | billing, orders |");
    }

    @Test
    void listsThePlatformWithItsReasonOnlyWhenItHoldsTypes() {
        String withApplication = MarkdownSummary.render(AnalysisFixture.shopWithItsApplication());

        assertThat(withApplication).contains("## Platform (1 types)\n\nFramework plumbing")
            .contains("\nShopApplication\n");
        assertThat(summary).doesNotContain("## Platform");
    }

    @Test
    void explainsEveryMetric() {
        for (Metric metric : Metric.values()) {
            assertThat(summary).contains("| " + metric.title() + " | ").contains(metric.meaning());
        }
    }

    @Test
    void countsDiagnostics() {
        assertThat(summary).contains("1 errors, 1 warnings.").contains("- `src/main/java/Broken.java:3` error: ");
    }

}
