package dev.ficus.bench.redeploy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import dev.ficus.bench.report.ClaimVerdict;
import dev.ficus.bench.report.ReportFiles;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim "deploy without downtime" for the comparison's "When it pays": the requests
 * that failed (or were answered wrong) while inventory-service was rolled, against the
 * monolith restarted, with the rolled monolith beside them.
 */
public final class RedeployVerdict {

    /** Where {@code bench redeploy} writes beside the comparison's report. */
    public static final String FOLDER = "redeploy";

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private RedeployVerdict() {
    }

    /**
     * The verdict of a full run's report in {@code benchmarks}/{@value #FOLDER}, if any.
     */
    public static Optional<ClaimVerdict> read(Path benchmarks) {
        return ReportFiles
            .readIfPresent(JSON, RedeployReport.class, benchmarks.resolve(FOLDER).resolve(RedeployCommand.JSON_FILE),
                    "a redeploy report")
            .filter(report -> !report.quick())
            .flatMap(RedeployVerdict::of);
    }

    static Optional<ClaimVerdict> of(RedeployReport report) {
        Optional<CaseResult.Summary> monolith = summary(report, RedeployCase.MONOLITH);
        Optional<CaseResult.Summary> services = summary(report, RedeployCase.INVENTORY_SERVICES);
        if (monolith.isEmpty() || services.isEmpty()) {
            return Optional.empty();
        }
        String rolled = summary(report, RedeployCase.GATEWAY_MONOLITHS)
            .map(summary -> "; two monolith instances rolled behind the gateway failed %.0f"
                .formatted(summary.failedOrWrong().median()))
            .orElse("");
        String finding = String.format(Locale.ROOT,
                "rolling two inventory-service instances failed or answered wrong %.0f requests, restarting the "
                        + "monolith %.0f (for %.1f s)%s",
                services.get().failedOrWrong().median(), monolith.get().failedOrWrong().median(),
                monolith.get().failingSeconds().median(), rolled);
        return Optional.of(new ClaimVerdict("deploy without downtime",
                ClaimVerdict.lowerWins(services.get().failedOrWrong(), monolith.get().failedOrWrong()), finding,
                FOLDER + "/" + RedeployCommand.MARKDOWN_FILE));
    }

    private static Optional<CaseResult.Summary> summary(RedeployReport report, RedeployCase redeploy) {
        return report.cases()
            .stream()
            .filter(result -> result.id().equals(redeploy.id()))
            .findFirst()
            .flatMap(result -> Optional.ofNullable(result.summary()));
    }

}
