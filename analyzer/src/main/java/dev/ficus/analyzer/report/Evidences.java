package dev.ficus.analyzer.report;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says in one line why a type sits in its group, from the evidence the document carries.
 */
final class Evidences {

    private Evidences() {
    }

    /**
     * E.g.
     * {@code 80 % of its dependency weight stays here; heaviest: OrderManagement (orders, 12.0); tables orders}.
     */
    static String why(AnalysisDocument.TypeInfo type) {
        AnalysisDocument.Evidence evidence = type.evidence();
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "%.0f %% of its dependency weight stays here",
                100 * evidence.ownGroupShare()));
        if (!evidence.neighbours().isEmpty()) {
            parts.add("heaviest: " + String.join(", ", evidence.neighbours()
                .stream()
                .limit(3)
                .map(n -> String.format(Locale.ROOT, "%s (%s, %.1f)", simpleName(n.type()), n.group(), n.weight()))
                .toList()));
        }
        if (!evidence.tables().isEmpty()) {
            parts.add("tables " + String.join(", ", evidence.tables()));
        }
        if (!evidence.entryPoints().isEmpty()) {
            parts.add("entry points " + String.join(", ", evidence.entryPoints()));
        }
        return String.join("; ", parts);
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

}
