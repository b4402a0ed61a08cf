package dev.ficus.bench.scale;

import java.nio.file.Path;
import java.util.Optional;

import dev.ficus.bench.report.ClaimVerdict;
import dev.ficus.bench.report.ReportFiles;
import dev.ficus.bench.report.ClaimVerdict.Favours;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim "scale out only what is hot" for the comparison's "When it pays": one more
 * catalog-service against one more monolith, by the sustainable rate each added per extra
 * MiB of RSS.
 */
public final class ScaleOutVerdict {

    /** Where {@code bench scale-out} writes beside the comparison's report. */
    public static final String FOLDER = "scale-out";

    static final String MONOLITH = "one more monolith";

    static final String CATALOG = "one more catalog-service";

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private ScaleOutVerdict() {
    }

    /**
     * The verdict of a full run's report in {@code benchmarks}/{@value #FOLDER}, if any.
     */
    public static Optional<ClaimVerdict> read(Path benchmarks) {
        return ReportFiles
            .readIfPresent(JSON, ScaleOutReport.class, benchmarks.resolve(FOLDER).resolve(ScaleOutWriter.JSON_FILE),
                    "a scale-out report")
            .filter(report -> !report.quick())
            .flatMap(ScaleOutVerdict::of);
    }

    static Optional<ClaimVerdict> of(ScaleOutReport report) {
        Optional<ScaleGain> monolith = gain(report, MONOLITH);
        Optional<ScaleGain> catalog = gain(report, CATALOG);
        if (monolith.isEmpty() || catalog.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClaimVerdict("scale out only what is hot", favours(monolith.get(), catalog.get()),
                report.verdict(), FOLDER + "/" + ScaleOutWriter.MARKDOWN_FILE));
    }

    /**
     * The shape whose extra instance paid, or paid more per extra MiB; neither when
     * neither paid or a gain is only a lower bound.
     */
    static Favours favours(ScaleGain monolith, ScaleGain catalog) {
        if ((!monolith.paid() && !catalog.paid()) || monolith.lowerBound() || catalog.lowerBound()) {
            return Favours.NEITHER;
        }
        if (monolith.paid() != catalog.paid()) {
            return catalog.paid() ? Favours.MICROSERVICES : Favours.MONOLITH;
        }
        double perMibMonolith = (monolith.requestsPerSecondPerMib() == null) ? 0 : monolith.requestsPerSecondPerMib();
        double perMibCatalog = (catalog.requestsPerSecondPerMib() == null) ? 0 : catalog.requestsPerSecondPerMib();
        if (perMibMonolith == perMibCatalog) {
            return Favours.NEITHER;
        }
        return (perMibCatalog > perMibMonolith) ? Favours.MICROSERVICES : Favours.MONOLITH;
    }

    private static Optional<ScaleGain> gain(ScaleOutReport report, String option) {
        return report.gains().stream().filter(gain -> gain.option().equals(option)).findFirst();
    }

}
