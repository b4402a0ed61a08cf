package dev.ficus.analyzer;

import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * The group of each type: the candidate service holding it, the platform, else the shared
 * kernel.
 */
final class Groups {

    private final Map<String, String> groupByType = new HashMap<>();

    Groups(Decomposition decomposition) {
        for (CandidateService service : decomposition.services()) {
            service.types().forEach(type -> groupByType.put(type, service.name()));
        }
        decomposition.platform().types().forEach(type -> groupByType.put(type, AnalysisDocument.PLATFORM));
    }

    String of(String type) {
        return groupByType.getOrDefault(type, AnalysisDocument.SHARED_KERNEL);
    }

    boolean isCandidate(String group) {
        return !group.equals(AnalysisDocument.SHARED_KERNEL) && !group.equals(AnalysisDocument.PLATFORM);
    }

}
