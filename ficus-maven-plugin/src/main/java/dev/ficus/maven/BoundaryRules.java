package dev.ficus.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges code against committed boundaries. A type belongs to the service (or shared
 * kernel) that names it, else to the one whose pattern names it most narrowly, else - for
 * code written after the boundaries - to the one service owning types in its package or
 * the nearest enclosing package. A dependency crosses a boundary when a type of one
 * service or of the shared kernel uses a type of another service that is not in that
 * service's {@code api}; the shared kernel may be used by all, and types belonging to
 * nobody are not judged.
 */
final class BoundaryRules {

    /** The owner name of shared-kernel types in the violation list. */
    static final String SHARED_KERNEL = "shared kernel";

    private final Map<String, List<TypePattern>> typesByOwner = new LinkedHashMap<>();

    private final Map<String, List<TypePattern>> apiByService = new HashMap<>();

    private final Map<String, Optional<String>> ownerCache = new HashMap<>();

    private final Map<String, Map<String, Integer>> ownedTypesByPackage = new HashMap<>();

    BoundaryRules(Boundaries boundaries, Collection<String> knownTypes) {
        for (Boundaries.Service service : boundaries.services()) {
            typesByOwner.put(service.name(), patterns(service.types()));
            apiByService.put(service.name(), patterns(service.api()));
        }
        typesByOwner.put(SHARED_KERNEL, patterns(boundaries.sharedKernel().types()));
        for (String type : knownTypes) {
            declaredOwner(type)
                .ifPresent(owner -> ownedTypesByPackage.computeIfAbsent(packageOf(type), name -> new HashMap<>())
                    .merge(owner, 1, Integer::sum));
        }
    }

    /** The crossings outside the allowed API, sorted. */
    List<BoundaryViolation> violations(Collection<CodeDependency> dependencies) {
        List<BoundaryViolation> violations = new ArrayList<>();
        for (CodeDependency dependency : dependencies) {
            Optional<String> from = ownerOf(dependency.source());
            Optional<String> to = ownerOf(dependency.target());
            if (from.isPresent() && to.isPresent() && !to.get().equals(SHARED_KERNEL) && !from.equals(to)
                    && apiByService.getOrDefault(to.get(), List.of())
                        .stream()
                        .noneMatch(api -> api.matches(dependency.target()))) {
                violations.add(new BoundaryViolation(from.get(), to.get(), dependency));
            }
        }
        violations.sort(null);
        return violations;
    }

    /**
     * The service or {@link #SHARED_KERNEL} a type belongs to, or empty when it belongs
     * to nobody.
     */
    Optional<String> ownerOf(String type) {
        return ownerCache.computeIfAbsent(type, name -> declaredOwner(name).or(() -> ownerByPackage(name)));
    }

    /**
     * Types listed under no service nor the shared kernel, and in no package one of them
     * owns.
     */
    List<String> unowned(Collection<String> types) {
        return types.stream().filter(type -> ownerOf(type).isEmpty()).sorted().toList();
    }

    private Optional<String> declaredOwner(String type) {
        for (Map.Entry<String, List<TypePattern>> owner : typesByOwner.entrySet()) {
            if (owner.getValue().stream().anyMatch(pattern -> pattern.isExact() && pattern.matches(type))) {
                return Optional.of(owner.getKey());
            }
        }
        return typesByOwner.entrySet()
            .stream()
            .flatMap(owner -> owner.getValue()
                .stream()
                .filter(pattern -> pattern.matches(type))
                .map(pattern -> Map.entry(owner.getKey(), pattern.text().length())))
            .max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey);
    }

    private Optional<String> ownerByPackage(String type) {
        for (String packageName = packageOf(type); !packageName.isEmpty(); packageName = packageOf(packageName)) {
            Map<String, Integer> owners = ownedTypesByPackage.getOrDefault(packageName, Map.of());
            if (owners.size() == 1) {
                return Optional.of(owners.keySet().iterator().next());
            }
            if (owners.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String packageOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    private static List<TypePattern> patterns(List<String> names) {
        return names.stream().map(TypePattern::new).toList();
    }

}
