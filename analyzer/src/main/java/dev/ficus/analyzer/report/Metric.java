package dev.ficus.analyzer.report;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.function.ToDoubleFunction;

/**
 * The decomposition metrics as reports show them: a name, which way is better, and one
 * line of meaning.
 */
public enum Metric {

    MODULARITY("modularity", "Modularity Q", true, AnalysisDocument.Metrics::modularity,
            "How much more dependency weight stays inside services than a random split would keep (Newman)."),
    STRUCTURAL_MODULARITY("structuralModularity", "Structural modularity SM", true,
            AnalysisDocument.Metrics::structuralModularity,
            "Average cohesion inside services minus average coupling between them (FoSCI)."),
    ICP("icp", "Inter-call percentage ICP", false, AnalysisDocument.Metrics::icp,
            "Share of static calls, log-damped, that would cross service boundaries (Mono2Micro)."),
    BCP("bcp", "Business-context purity BCP", false, AnalysisDocument.Metrics::bcp,
            "Mean log of how many entry-point use cases touch each service (Mono2Micro)."),
    NED("ned", "Non-extreme distribution NED", false, AnalysisDocument.Metrics::ned,
            "Share of types in services smaller than 5 or larger than 20 types (Mono2Micro)."),
    IFN("ifn", "Interface number IFN", false, AnalysisDocument.Metrics::ifn,
            "Mean number of types per service that other services depend on (Mono2Micro).");

    private final String key;

    private final String title;

    private final boolean higherIsBetter;

    private final ToDoubleFunction<AnalysisDocument.Metrics> value;

    private final String meaning;

    Metric(String key, String title, boolean higherIsBetter, ToDoubleFunction<AnalysisDocument.Metrics> value,
            String meaning) {
        this.key = key;
        this.title = title;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
        this.meaning = meaning;
    }

    /** The field name in {@code analysis.json}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String better() {
        return higherIsBetter ? "higher" : "lower";
    }

    public String meaning() {
        return meaning;
    }

    public double valueOf(AnalysisDocument.Metrics metrics) {
        return value.applyAsDouble(metrics);
    }

}
