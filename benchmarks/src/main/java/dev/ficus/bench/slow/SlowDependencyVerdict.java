package dev.ficus.bench.slow;

import java.nio.file.Path;
import java.util.Optional;

import dev.ficus.bench.report.ClaimVerdict;
import dev.ficus.bench.report.ReportFiles;
import dev.ficus.bench.report.ClaimVerdict.Favours;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim "a failure stays local" when the dependency is slow, not dead, for the
 * comparison's "When it pays": the p99 and failures of the endpoints that do not need the
 * inventory while it was slow, the microservice shape with its circuit breaker against
 * the monolith.
 */
public final class SlowDependencyVerdict {

    /** Where {@code bench slow-dependency} writes beside the comparison's report. */
    public static final String FOLDER = "slow-dependency";

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private SlowDependencyVerdict() {
    }

    /**
     * The verdict of a full run's report in {@code benchmarks}/{@value #FOLDER}, if any.
     */
    public static Optional<ClaimVerdict> read(Path benchmarks) {
        return ReportFiles
            .readIfPresent(JSON, SlowReport.class, benchmarks.resolve(FOLDER).resolve(SlowWriter.JSON_FILE),
                    "a slow-dependency report")
            .filter(report -> !report.quick())
            .flatMap(SlowDependencyVerdict::of);
    }

    static Optional<ClaimVerdict> of(SlowReport report) {
        Optional<ShapeResult> monolith = shape(report, SlowShape.MONOLITH);
        Optional<ShapeResult> services = shape(report, SlowShape.SERVICES);
        if (monolith.isEmpty() || services.isEmpty()) {
            return Optional.empty();
        }
        FigureSpread split = services.get().other();
        FigureSpread whole = monolith.get().other();
        Favours byLatency = ClaimVerdict.lowerWins(split.p99Slow(), whole.p99Slow());
        boolean failedMore = split.failedSlow().median() > whole.failedSlow().median();
        Favours favours = (byLatency == Favours.MICROSERVICES && failedMore) ? Favours.NEITHER : byLatency;
        String withoutBreaker = shape(report, SlowShape.SERVICES_NO_BREAKER)
            .map(shape -> " (%s without its circuit breaker, failing %s)"
                .formatted(SlowMeaning.millis(shape.other().p99Slow().median()),
                        SlowMeaning.percent(shape.other().failedSlow().median())))
            .orElse("");
        String finding = ("while inventory answered late, the endpoints that do not need it kept a p99 of %s in %s%s "
                + "against %s in the monolith, failing %s against %s; those that need it failed %s there against %s")
            .formatted(SlowMeaning.millis(split.p99Slow().median()), services.get().name(), withoutBreaker,
                    SlowMeaning.millis(whole.p99Slow().median()), SlowMeaning.percent(split.failedSlow().median()),
                    SlowMeaning.percent(whole.failedSlow().median()),
                    SlowMeaning.percent(services.get().inventory().failedSlow().median()),
                    SlowMeaning.percent(monolith.get().inventory().failedSlow().median()));
        return Optional.of(new ClaimVerdict("a slow dependency stays local", favours, finding,
                FOLDER + "/" + SlowWriter.MARKDOWN_FILE));
    }

    private static Optional<ShapeResult> shape(SlowReport report, SlowShape shape) {
        return report.shapes()
            .stream()
            .filter(result -> result.name().equals(shape.name()) && result.measured())
            .findFirst();
    }

}
