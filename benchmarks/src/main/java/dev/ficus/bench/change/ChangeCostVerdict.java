package dev.ficus.bench.change;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.report.ClaimVerdict;
import dev.ficus.bench.report.ReportFiles;
import dev.ficus.bench.report.ClaimVerdict.Favours;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim "a change is local" for the comparison's "When it pays": a change to
 * inventory from the file to serving again, as inventory-service against the monolith
 * building only the module's tests (what a modular monolith can do too).
 */
public final class ChangeCostVerdict {

    /** Where {@code bench change-cost} writes beside the comparison's report. */
    public static final String FOLDER = "change-cost";

    static final String CLAIM = "a change is local";

    /** Within this share of each other, neither shape is ahead. */
    private static final double SAME = 0.1;

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private ChangeCostVerdict() {
    }

    /**
     * The verdict of the report in {@code benchmarks}/{@value #FOLDER}, if there is one
     * of a full run.
     */
    public static Optional<ClaimVerdict> read(Path benchmarks) {
        return ReportFiles
            .readIfPresent(JSON, ChangeCostReport.class,
                    benchmarks.resolve(FOLDER).resolve(ChangeCostCommand.JSON_FILE), "a change-cost report")
            .filter(report -> !report.quick())
            .flatMap(ChangeCostVerdict::of);
    }

    static Optional<ClaimVerdict> of(ChangeCostReport report) {
        Optional<Double> service = sum(report, UnitBuild.SERVICE, "inventory-service", Timings::seconds);
        Optional<Double> module = sum(report, UnitBuild.MODULE_ONLY, "monolith", Timings::seconds);
        Optional<Double> whole = sum(report, UnitBuild.WHOLE_MONOLITH, "monolith", Timings::seconds);
        if (service.isEmpty() || module.isEmpty() || whole.isEmpty()) {
            return Optional.empty();
        }
        double ratio = module.get() / service.get();
        Favours favours = (Math.abs(ratio - 1) <= SAME) ? Favours.NEITHER
                : (ratio > 1) ? Favours.MICROSERVICES : Favours.MONOLITH;
        String finding = ("a change to inventory is built, tested and serving again in %.0f s as inventory-service, "
                + "%.0f s in the monolith running only the module's tests, %.0f s with every test")
            .formatted(service.get(), module.get(), whole.get());
        Optional<Double> saved = sum(report, UnitBuild.MODULE_ONLY, "monolith", Timings::cpu)
            .flatMap(monolith -> sum(report, UnitBuild.SERVICE, "inventory-service", Timings::cpu)
                .map(split -> monolith - split));
        return Optional.of(new ClaimVerdict(CLAIM, favours, finding, FOLDER + "/" + ChangeCostCommand.MARKDOWN_FILE,
                saved.orElse(null)));
    }

    /**
     * One figure of the unit's build plus the same of its deployable's start, medians;
     * empty when either was not measured.
     */
    private static Optional<Double> sum(ChangeCostReport report, String unit, String process,
            Function<Timings, Spread> figure) {
        Optional<Spread> build = report.build(unit).map(result -> figure.apply(result.timings()));
        Optional<Spread> start = report.start(process).map(result -> figure.apply(result.timings()));
        if (build.isEmpty() || start.isEmpty() || build.get().isEmpty() || start.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build.get().median() + start.get().median());
    }

}
