package dev.ficus.bench.change;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.report.ClaimVerdict;
import dev.ficus.bench.report.ClaimVerdict.Favours;
import tools.jackson.core.JacksonException;
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
        Path file = benchmarks.resolve(FOLDER).resolve(ChangeCostCommand.JSON_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ChangeCostReport report = JSON.readValue(Files.readString(file), ChangeCostReport.class);
            return report.quick() ? Optional.empty() : of(report);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException(file + " is not a change-cost report: " + ex.getOriginalMessage(), ex);
        }
    }

    static Optional<ClaimVerdict> of(ChangeCostReport report) {
        Optional<Double> service = total(report, UnitBuild.SERVICE, "inventory-service");
        Optional<Double> module = total(report, UnitBuild.MODULE_ONLY, "monolith");
        Optional<Double> whole = total(report, UnitBuild.WHOLE_MONOLITH, "monolith");
        if (service.isEmpty() || module.isEmpty() || whole.isEmpty()) {
            return Optional.empty();
        }
        double ratio = module.get() / service.get();
        Favours favours = (Math.abs(ratio - 1) <= SAME) ? Favours.NEITHER
                : (ratio > 1) ? Favours.MICROSERVICES : Favours.MONOLITH;
        String finding = ("a change to inventory is built, tested and serving again in %.0f s as inventory-service, "
                + "%.0f s in the monolith running only the module's tests, %.0f s with every test")
            .formatted(service.get(), module.get(), whole.get());
        Optional<Double> saved = cpu(report, UnitBuild.MODULE_ONLY, "monolith")
            .flatMap(monolith -> cpu(report, UnitBuild.SERVICE, "inventory-service").map(split -> monolith - split));
        return Optional.of(new ClaimVerdict(CLAIM, favours, finding, FOLDER + "/" + ChangeCostCommand.MARKDOWN_FILE,
                saved.orElse(null)));
    }

    /** CPU-seconds of the unit's build and of its deployable's start, medians. */
    private static Optional<Double> cpu(ChangeCostReport report, String unit, String process) {
        Optional<Spread> build = report.build(unit).map(ChangeCostReport.BuildResult::cpu);
        Optional<Spread> start = report.start(process).map(ChangeCostReport.StartResult::cpu);
        if (build.isEmpty() || start.isEmpty() || build.get().isEmpty() || start.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build.get().median() + start.get().median());
    }

    private static Optional<Double> total(ChangeCostReport report, String unit, String process) {
        Optional<Spread> build = report.build(unit).map(ChangeCostReport.BuildResult::seconds);
        Optional<Spread> start = report.start(process).map(ChangeCostReport.StartResult::seconds);
        if (build.isEmpty() || start.isEmpty() || build.get().isEmpty() || start.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build.get().median() + start.get().median());
    }

}
