package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which candidate owns each type; the platform's types belong to the platform, every
 * other type outside the candidates to the shared kernel. A call is served by the
 * callee's owner, except on a port: an interface of the platform or the kernel whose
 * implementations in the analysed sources, direct or not, all belong to one candidate
 * (RuoYi-Vue-Plus's {@code DeptService} in ruoyi-common-core, implemented by the
 * {@code system} module's {@code SysDeptServiceImpl}), which that candidate serves.
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
        Map<String, Set<String>> subtypes = new HashMap<>();
        for (AnalysisDocument.DependencyInfo dependency : analysis.dependencies()) {
            if (dependency.count(INHERITANCE) > 0) {
                subtypes.computeIfAbsent(dependency.target(), type -> new TreeSet<>()).add(dependency.source());
            }
        }
        subtypes.keySet().forEach(port -> {
            AnalysisDocument.TypeInfo type = types.get(port);
            if (type != null && type.kind().equals("interface") && !isCandidate(ownerOf(port))) {
                Set<String> owners = new TreeSet<>();
                implementations(port, subtypes).forEach(implementation -> owners.add(ownerOf(implementation)));
                if (owners.size() == 1 && isCandidate(owners.iterator().next())) {
                    candidateByPort.put(port, owners.iterator().next());
                }
            }
        });
    }

    /**
     * The types that extend or implement the port, directly or through others (an
     * abstract class of one candidate that a class of another extends).
     */
    private static Set<String> implementations(String port, Map<String, Set<String>> subtypes) {
        Set<String> found = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(subtypes.getOrDefault(port, Set.of()));
        while (!next.isEmpty()) {
            String type = next.pop();
            if (found.add(type)) {
                next.addAll(subtypes.getOrDefault(type, Set.of()));
            }
        }
        return found;
    }

    String ownerOf(String type) {
        return ownerByType.getOrDefault(type, SHARED_KERNEL);
    }

    /** Whether calls on the type go to the candidate implementing it. */
    boolean isPort(String type) {
        return candidateByPort.containsKey(type);
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
