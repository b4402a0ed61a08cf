package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * Which candidate owns each type; types outside every candidate belong to the shared
 * kernel.
 */
final class Ownership {

    static final String SHARED_KERNEL = AnalysisDocument.SHARED_KERNEL;

    private final Map<String, String> ownerByType = new HashMap<>();

    Ownership(AnalysisDocument analysis) {
        for (AnalysisDocument.Service service : analysis.services()) {
            service.types().forEach(type -> ownerByType.put(type, service.name()));
        }
    }

    String ownerOf(String type) {
        return ownerByType.getOrDefault(type, SHARED_KERNEL);
    }

    boolean isCandidate(String owner) {
        return !owner.equals(SHARED_KERNEL);
    }

}
