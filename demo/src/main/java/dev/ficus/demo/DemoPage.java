package dev.ficus.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.ficus.bench.report.ReportFiles;
import dev.ficus.bench.report.ReportTemplate;
import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.api.ShadowReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code index.html} (what the demo proved, linking the analysis report, the plan,
 * the dashboard snapshot and the comparison), {@code dashboard.html} with
 * {@code dashboard.json}, and {@code comparison.md}, from resource templates.
 */
final class DemoPage {

    static final String INDEX = "index.html";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DemoPage() {
    }

    /**
     * Everything the page shows.
     *
     * @param candidate the candidate moved
     * @param why why it was chosen
     * @param origin where its service comes from
     * @param analysis the analysis's one-line result
     * @param order the plan's extraction order
     * @param migration the data move's proof
     * @param shadow what shadowing found
     * @param decisions the gateway's decisions for the candidate, oldest first
     * @param callProof the line proving the monolith calls the service
     * @param comparison monolith alone, then the services
     * @param dashboardUrl where the live dashboard was
     */
    record Content(String candidate, String why, String origin, String analysis, String order, MigrationProof migration,
            ShadowReport shadow, List<AuditEntry> decisions, String callProof, List<ShortComparison.Side> comparison,
            String dashboardUrl) {

        /** The comparison's settings, for its label. */
        String method() {
            return ("%.0f req/s, %d s warm-up then %d s measured, one repeat, %d %% stock reads in the bench mix, "
                    + "JVMs compiled with C1 only as bench --quick")
                .formatted(ShortComparison.RATE, ShortComparison.WARM_UP.toSeconds(),
                        ShortComparison.MEASURED.toSeconds(), ShortComparison.STOCK_READ_PERCENT);
        }

    }

    static List<Path> write(Path out, Content content, JsonNode dashboard) {
        try {
            Map<String, Object> model = Map.of("demo", content, "dashboard", JSON.writeValueAsString(dashboard));
            return List.of(
                    ReportFiles.write(out.resolve("comparison.md"),
                            ReportTemplate.markdown(DemoPage.class, "comparison.md").execute(model)),
                    ReportFiles.write(out.resolve("dashboard.json"), JSON.writeValueAsString(dashboard)),
                    ReportFiles.write(out.resolve("dashboard.html"),
                            ReportTemplate.html(DemoPage.class, "dashboard.html").execute(model)),
                    ReportFiles.write(out.resolve(INDEX), ReportTemplate.html(DemoPage.class, INDEX).execute(model)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the demo's page under " + out, ex);
        }
    }

}
