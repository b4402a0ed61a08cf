package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * Which candidate owns each type; the platform's types belong to the platform, every
 * other type outside the candidates to the shared kernel.
 */
final class Ownership {

    static final String SHARED_KERNEL = AnalysisDocument.SHARED_KERNEL;

    static final String PLATFORM = AnalysisDocument.PLATFORM;

    private final Map<String, String> ownerByType = new HashMap<>();

    Ownership(AnalysisDocument analysis) {
        for (AnalysisDocument.Service service : analysis.services()) {
            service.types().forEach(type -> ownerByType.put(type, service.name()));
        }
        analysis.platform().types().forEach(type -> ownerByType.put(type, PLATFORM));
    }

    String ownerOf(String type) {
        return ownerByType.getOrDefault(type, SHARED_KERNEL);
    }

    boolean isCandidate(String owner) {
        return !owner.equals(SHARED_KERNEL) && !owner.equals(PLATFORM);
    }

}
