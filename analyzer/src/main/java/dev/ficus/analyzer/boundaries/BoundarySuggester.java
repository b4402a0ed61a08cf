package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.work.Progress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Suggests candidate services for a codebase: sets the shared kernel aside, clusters the
 * remaining types by community detection on the weighted dependency graph (steered toward
 * a number of services when asked), names the clusters and collects their entry points
 * and tables.
 */
public final class BoundarySuggester {

    private final BoundaryOptions options;

    private BoundarySuggester(BoundaryOptions options) {
        this.options = options;
    }

    public static BoundarySuggester of(BoundaryOptions options) {
        return new BoundarySuggester(Objects.requireNonNull(options, "options"));
    }

    public Decomposition suggest(CodeGraph code, Progress progress) {
        progress.update("clustering", 0, 3);
        TypeUnits linked = TypeUnits.of(code);
        InfrastructureDetector infrastructure = new InfrastructureDetector(code);
        SortedSet<String> plumbing = infrastructure.plumbing();
        SharedKernel detected = new SharedKernelDetector(code, linked, plumbing, options.seed()).detect();
        plumbing.addAll(infrastructure.frameworkAdapters(detected.types()));
        plumbing.removeIf(type -> linked.members(linked.unitOf(type)).size() > 1);
        LibraryModules modules = new LibraryModules(code, plumbing);
        SortedSet<String> libraryModules = modules.types();
        SortedSet<String> ports = modules.ports(libraryModules);
        TypeUnits units = TypeUnits.of(code, ports);
        // any other interface of a library module that a business type
        // implements goes with it
        Set<String> library = Set.copyOf(libraryModules);
        libraryModules.removeIf(type -> !library.containsAll(units.members(units.unitOf(type))));
        plumbing.addAll(libraryModules);
        // the kernel judged a port and its implementation together, by the
        // port's callers: the implementation is clustered where it works
        Set<String> notKernel = new TreeSet<>(plumbing);
        ports.forEach(port -> notKernel.addAll(linked.members(linked.unitOf(port))));
        SharedKernel kernel = withoutPlumbing(detected, notKernel);
        progress.update("clustering", 1, 3);
        Set<String> rest = new TreeSet<>(code.types().keySet());
        rest.removeAll(kernel.types());
        rest.removeAll(plumbing);
        DeployableModules deployables = DeployableModules.of(code);
        ServiceClustering clustering = new ServiceClustering(code, rest, units, deployables, options.seed());
        ServiceCountSteering.Result result = options.services().isPresent()
                ? new ServiceCountSteering(clustering).steer(options.services().getAsInt())
                : new ServiceCountSteering.Result(clustering.cluster(options.resolution()), options.resolution());
        progress.update("clustering", 2, 3);
        List<SortedSet<String>> clusters = new ArrayList<>(result.clusters());
        Set<String> libraries = new TreeSet<>(libraryModules);
        Set<String> tasks = new TreeSet<>();
        if (options.services().isEmpty()) {
            clusters.stream()
                .filter(cluster -> infrastructure.plumbingOnly(cluster, plumbing))
                .forEach(plumbing::addAll);
            clusters.removeIf(cluster -> plumbing.containsAll(cluster));
            SortedSet<String> helpers = new SharedHelpers(code, clusters).find();
            clusters.forEach(cluster -> cluster.removeAll(helpers));
            clusters.removeIf(Set::isEmpty);
            libraries.addAll(helpers);
            libraries.addAll(new LibraryClusters(code, clustering).moveOut(clusters));
            plumbing.addAll(libraries);
            tasks.addAll(new BackgroundTasks(code, clustering).moveOut(clusters));
            plumbing.addAll(tasks);
            List<SortedSet<String>> joined = new TableNamespaces(code, deployables).join(clusters);
            clusters.clear();
            clusters.addAll(joined);
        }
        Map<String, Integer> owners = infrastructure.owners(plumbing, clusters, deployables);
        owners.keySet().removeAll(libraries);
        owners.keySet().removeAll(tasks);
        owners.putAll(wiringOfSingleServiceDeployables(deployables, plumbing, owners, clusters));
        Set<String> notWiring = new TreeSet<>(libraries);
        notWiring.addAll(tasks);
        owners.putAll(singleCandidateModules(code, plumbing, notWiring, owners, clusters));
        // a kernel type of a module that holds one candidate is that
        // candidate's published contract (ruoyi-vue-pro's
        // module.member.api.user.dto.MemberUserRespDTO): other services take it
        // as its client library
        Map<String, Integer> contracts = singleCandidateModules(code, kernel.types(), Set.of(), Map.of(), clusters);
        contracts.forEach((type, cluster) -> clusters.get(cluster).add(type));
        SortedSet<String> kernelTypes = new TreeSet<>(kernel.types());
        kernelTypes.removeAll(contracts.keySet());
        kernel = new SharedKernel(kernelTypes, kernel.reason());
        List<SortedSet<String>> applications = applicationsWithoutBusinessCode(deployables, plumbing, owners, clusters);
        applications.removeIf(application -> launchesOthers(code, deployables, application));
        SortedSet<String> platform = new TreeSet<>(plumbing);
        platform.removeAll(owners.keySet());
        applications.forEach(platform::removeAll);
        clusters.addAll(applications);
        owners.forEach((type, cluster) -> clusters.get(cluster).add(type));
        List<String> names = new CandidateNamer(code, clustering.typeGraph()).name(clusters);
        List<CandidateService> services = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            services.add(service(code, names.get(k), clusters.get(k)));
        }
        progress.update("clustering", 3, 3);
        return new Decomposition(services, kernel,
                new Platform(platform,
                        InfrastructureDetector.REASON + (libraries.isEmpty() ? "" : LibraryClusters.REASON)
                                + (libraryModules.isEmpty() ? "" : LibraryModules.REASON)
                                + (tasks.isEmpty() ? "" : BackgroundTasks.REASON)),
                sharedTables(services), result.resolution());
    }

    /**
     * The kernel without the types that look like plumbing (an initializer every part
     * calls is still the application's wiring, not a shared business type).
     */
    private static SharedKernel withoutPlumbing(SharedKernel kernel, Set<String> plumbing) {
        SortedSet<String> types = new TreeSet<>(kernel.types());
        types.removeAll(plumbing);
        return new SharedKernel(types, kernel.reason());
    }

    /**
     * Plumbing of a deployable application that holds exactly one candidate is that
     * service's own wiring (its application class, its configuration), whatever it
     * references.
     */
    private static Map<String, Integer> wiringOfSingleServiceDeployables(DeployableModules deployables,
            Set<String> plumbing, Map<String, Integer> owners, List<SortedSet<String>> clusters) {
        Map<String, List<Integer>> clustersOf = new TreeMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            int cluster = k;
            // any of its types tells (its first may come from a library module)
            deployables.deployablesOf(clusters.get(k))
                .forEach(deployable -> clustersOf.computeIfAbsent(deployable, d -> new ArrayList<>()).add(cluster));
        }
        Map<String, Integer> result = new TreeMap<>();
        for (String type : plumbing) {
            List<Integer> candidates = deployables.deployableOf(type).map(clustersOf::get).orElse(List.of());
            if (!owners.containsKey(type) && candidates.size() == 1) {
                result.put(type, candidates.get(0));
            }
        }
        return result;
    }

    /**
     * The candidate of each of the given types (but those excluded or owned already)
     * whose module (Maven's or Gradle's) holds types of that one candidate only: its team
     * put it beside that code. Plumbing nothing it references gave to a candidate is that
     * candidate's wiring (ruoyi-vue-pro's {@code CrmWebConfiguration}, which only names
     * its module's API group; eladmin's {@code @Log} marker annotation, read in its
     * logging module). Not in an application's module, whose plumbing (its application
     * class, its advice, its security) wires every candidate the application runs, nor
     * where fewer than two modules hold candidates.
     */
    private static Map<String, Integer> singleCandidateModules(CodeGraph code, Set<String> types, Set<String> excluded,
            Map<String, Integer> owners, List<SortedSet<String>> clusters) {
        Map<String, Set<Integer>> clustersOf = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            for (String type : clusters.get(k)) {
                TypeNode node = code.types().get(type);
                if (node != null) {
                    clustersOf.computeIfAbsent(DeployableModules.moduleOf(node), m -> new TreeSet<>()).add(k);
                }
            }
        }
        Map<String, Integer> result = new TreeMap<>();
        if (clustersOf.size() < 2) {
            return result;
        }
        clustersOf.keySet().removeAll(DeployableModules.applications(code));
        for (String type : types) {
            TypeNode node = code.types().get(type);
            Set<Integer> candidates = node == null ? Set.of()
                    : clustersOf.getOrDefault(DeployableModules.moduleOf(node), Set.of());
            if (!owners.containsKey(type) && !excluded.contains(type) && candidates.size() == 1) {
                result.put(type, candidates.iterator().next());
            }
        }
        return result;
    }

    /**
     * A deployable application made of plumbing only (a config or discovery server) was
     * deployed on its own by its team: it is a service of its own, not part of the
     * monolith's platform.
     */
    private static List<SortedSet<String>> applicationsWithoutBusinessCode(DeployableModules deployables,
            Set<String> plumbing, Map<String, Integer> owners, List<SortedSet<String>> clusters) {
        Set<String> withCandidates = new TreeSet<>();
        clusters.forEach(cluster -> withCandidates.addAll(deployables.deployablesOf(cluster)));
        SortedMap<String, SortedSet<String>> result = new TreeMap<>();
        for (String type : plumbing) {
            deployables.deployableOf(type)
                .filter(deployable -> !owners.containsKey(type) && !withCandidates.contains(deployable))
                .ifPresent(deployable -> result.computeIfAbsent(deployable, d -> new TreeSet<>()).add(type));
        }
        return new ArrayList<>(result.values());
    }

    /**
     * Whether a deployable of plumbing only starts the other applications too: its
     * application package encloses another deployable's packages (a war packaging every
     * module, scanning them all from the common base package). It is the whole
     * application's launcher, platform, not a service deployed on its own.
     */
    private static boolean launchesOthers(CodeGraph code, DeployableModules deployables, Set<String> application) {
        Set<String> own = deployables.deployablesOf(application);
        return application.stream()
            .filter(type -> code.entryPointsByType()
                .getOrDefault(type, List.of())
                .stream()
                .anyMatch(e -> e.kind() == EntryPoint.Kind.MAIN))
            .map(type -> code.types().get(type))
            .filter(Objects::nonNull)
            .anyMatch(main -> code.types()
                .values()
                .stream()
                .anyMatch(other -> deployables.deployableOf(other.name()).filter(d -> !own.contains(d)).isPresent()
                        && (main.packageName().isEmpty() || other.packageName().startsWith(main.packageName() + "."))));
    }

    private static CandidateService service(CodeGraph code, String name, SortedSet<String> types) {
        List<EntryPoint> entryPoints = code.entryPoints().stream().filter(e -> types.contains(e.type())).toList();
        SortedSet<String> tables = new TreeSet<>();
        code.tablesByType().forEach((type, accessed) -> {
            if (types.contains(type)) {
                tables.addAll(accessed);
            }
        });
        return new CandidateService(name, types, entryPoints, tables);
    }

    private static SortedMap<String, SortedSet<String>> sharedTables(List<CandidateService> services) {
        Map<String, SortedSet<String>> users = new TreeMap<>();
        for (CandidateService service : services) {
            service.tables().forEach(table -> users.computeIfAbsent(table, t -> new TreeSet<>()).add(service.name()));
        }
        SortedMap<String, SortedSet<String>> result = new TreeMap<>();
        users.forEach((table, names) -> {
            if (names.size() > 1) {
                result.put(table, names);
            }
        });
        return result;
    }

}
