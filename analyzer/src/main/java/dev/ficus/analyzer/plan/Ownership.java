package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which candidate owns each type; the platform's types belong to the platform, every
 * other type outside the candidates to the shared kernel. A call is served by the
 * callee's owner, except on a port: an interface of the platform or the kernel whose
 * implementations in the analysed sources all belong to one candidate (RuoYi-Vue-Plus's
 * {@code DeptService} in ruoyi-common-core, implemented by the {@code system} module's
 * {@code SysDeptServiceImpl}), which that candidate serves.
 */
final class Ownership {

    static final String SHARED_KERNEL = AnalysisDocument.SHARED_KERNEL;

    static final String PLATFORM = AnalysisDocument.PLATFORM;

    private static final String INHERITANCE = "inheritance";

    private final Map<String, String> ownerByType = new HashMap<>();

    private final Map<String, String> candidateByPort = new HashMap<>();

    Ownership(AnalysisDocument analysis) {
        for (AnalysisDocument.Service service : analysis.services()) {
            service.types().forEach(type -> ownerByType.put(type, service.name()));
        }
        analysis.platform().types().forEach(type -> ownerByType.put(type, PLATFORM));
        Map<String, AnalysisDocument.TypeInfo> types = analysis.typesByName();
        Map<String, Set<String>> implementingOwners = new HashMap<>();
        for (AnalysisDocument.DependencyInfo dependency : analysis.dependencies()) {
            AnalysisDocument.TypeInfo target = types.get(dependency.target());
            if (dependency.count(INHERITANCE) > 0 && target != null && target.kind().equals("interface")
                    && !isCandidate(ownerOf(dependency.target()))) {
                implementingOwners.computeIfAbsent(dependency.target(), port -> new TreeSet<>())
                    .add(ownerOf(dependency.source()));
            }
        }
        implementingOwners.forEach((port, owners) -> {
            if (owners.size() == 1 && isCandidate(owners.iterator().next())) {
                candidateByPort.put(port, owners.iterator().next());
            }
        });
    }

    String ownerOf(String type) {
        return ownerByType.getOrDefault(type, SHARED_KERNEL);
    }

    /**
     * The owner of the code a call on {@code type} runs: its own, or a port's candidate.
     */
    String servingOwnerOf(String type) {
        return candidateByPort.getOrDefault(type, ownerOf(type));
    }

    boolean isCandidate(String owner) {
        return !owner.equals(SHARED_KERNEL) && !owner.equals(PLATFORM);
    }

}
