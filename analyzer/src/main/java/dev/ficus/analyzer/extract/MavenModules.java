package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.extract.MonolithBuild.Dependency;
import dev.ficus.analyzer.extract.MonolithBuild.Library;
import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The modules of the monolith's Maven build, and the libraries each runs with, as Maven
 * gives them to whoever depends on the module: the dependencies it and its parents in the
 * checkout declare (also in profiles active by default), of the compile and runtime
 * scopes (Maven passes neither provided nor system ones on), with their classifiers,
 * types and exclusions, and the versions the build manages where they give none; and the
 * BOMs it imports. Properties are the module's own, since Maven interpolates after
 * inheritance. A BOM that is a module of the build is read instead of imported (the
 * service imports what it imports); the README installs it with the modules.
 */
final class MavenModules {

    private static final Set<String> PASSED_ON = Set.of("compile", "runtime");

    private static final String MANAGED = "dependencyManagement/dependencies";

    /** The scopes of a managed version the service's libraries take. */
    private static final Set<String> PINNED_SCOPES = Set.of("", "compile", "runtime");

    /** How deep modules of modules are read. */
    private static final int MAX_MODULE_LEVELS = 64;

    private final Map<String, PomXml> buildModules;

    private MavenModules(Map<String, PomXml> buildModules) {
        this.buildModules = Map.copyOf(buildModules);
    }

    /** A build of one module, the monolith's own. */
    static MavenModules none() {
        return new MavenModules(Map.of());
    }

    /**
     * Every module the root {@code pom.xml} aggregates, and theirs in turn, also those of
     * profiles; a module folder without a readable {@code pom.xml} is left out (Maven
     * would refuse the build).
     */
    static MavenModules of(PomXml root, Path monolith) {
        Map<String, PomXml> modules = new HashMap<>();
        addModules(root, monolith, modules, MAX_MODULE_LEVELS);
        return new MavenModules(modules);
    }

    private static void addModules(PomXml aggregator, Path monolith, Map<String, PomXml> modules, int levels) {
        for (String folder : aggregator.moduleFolders()) {
            Path pom = aggregator.file().resolveSibling(folder).normalize();
            pom = Files.isDirectory(pom) ? pom.resolve("pom.xml") : pom;
            if (levels > 0 && pom.startsWith(monolith) && Files.isRegularFile(pom)) {
                readable(pom, monolith).filter(module -> modules.putIfAbsent(key(module.artifact()), module) == null)
                    .ifPresent(module -> addModules(module, monolith, modules, levels - 1));
            }
        }
    }

    private static Optional<PomXml> readable(Path pom, Path monolith) {
        try {
            return Optional.of(PomXml.read(pom, monolith));
        }
        catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * The modules holding the candidate's classes, then the modules of the build they
     * depend on, directly or through another (a Spring Boot jar nests each as its own
     * jar, and the candidate's classes need theirs), a {@code pom} module among them for
     * the libraries it brings.
     */
    List<PomXml> neededBy(List<PomXml> holding) {
        Map<Path, PomXml> needed = new LinkedHashMap<>();
        holding.forEach(pom -> needed.put(pom.file(), pom));
        Set<Path> holdingFiles = Set.copyOf(needed.keySet());
        Deque<PomXml> toRead = new ArrayDeque<>(holding);
        while (!toRead.isEmpty()) {
            PomXml reading = toRead.removeFirst();
            for (Library library : of(reading, holdingFiles.contains(reading.file()))) {
                module(library.artifact()).filter(module -> needed.putIfAbsent(module.file(), module) == null)
                    .ifPresent(toRead::addLast);
            }
        }
        return List.copyOf(needed.values());
    }

    static String key(Dependency dependency) {
        return dependency.groupId() + ":" + dependency.artifactId();
    }

    /** The build's module this dependency names, if it names one. */
    Optional<PomXml> module(Dependency dependency) {
        return Optional.ofNullable(buildModules.get(key(dependency)));
    }

    /**
     * The libraries the module declares and inherits, with the scope, version and
     * exclusions the build manages; its optional ones only when it holds the candidate's
     * classes and is the application (Maven passes them on to no one, but the module
     * Spring Boot repackages has them): the monolith's one module, or one that builds
     * with the Spring Boot plugin.
     */
    List<Library> of(PomXml module, boolean holdsCandidate) {
        boolean withOptional = holdsCandidate && (buildModules.isEmpty() || isApplication(module));
        List<Library> libraries = new ArrayList<>();
        for (PomXml declaring : lineage(module)) {
            for (Element element : declaring.section("dependencies")) {
                Library library = library(module, element);
                boolean optional = module.resolve(PomXml.text(element, "optional", "")).equals("true");
                if (PASSED_ON.contains(library.scope()) && (withOptional || !optional)) {
                    libraries.add(library);
                }
            }
        }
        return libraries;
    }

    private static boolean isApplication(PomXml module) {
        return lineage(module).stream()
            .flatMap(pom -> PomXml.children(PomXml.child(PomXml.child(pom.project(), "build"), "plugins")).stream())
            .anyMatch(plugin -> PomXml.text(plugin, "artifactId", "").equals("spring-boot-maven-plugin"));
    }

    /**
     * The BOMs the module and its parents import, and those the build's own BOMs import
     * in their place, each of these read once.
     */
    List<Dependency> boms(PomXml module) {
        List<Dependency> boms = new ArrayList<>();
        addBoms(module, boms, new ArrayList<>(), new HashSet<>());
        return boms;
    }

    /**
     * The build's own BOMs the module and its parents import, directly or through one
     * another.
     */
    List<Dependency> buildBoms(PomXml module) {
        List<Dependency> own = new ArrayList<>();
        addBoms(module, new ArrayList<>(), own, new HashSet<>());
        return own;
    }

    /**
     * The versions the module, its parents and the build's own BOMs they import manage of
     * plain jars outside the build (Spring's own left to Spring Boot's), each read once.
     */
    List<Dependency> managed(PomXml module) {
        List<Dependency> managed = new ArrayList<>();
        addManaged(module, managed, new HashSet<>());
        return managed;
    }

    private void addManaged(PomXml module, List<Dependency> managed, Set<Path> read) {
        for (PomXml managing : lineage(module)) {
            for (Element element : managing.section(MANAGED)) {
                Dependency library = module.coordinate(element);
                if (PINNED_SCOPES.contains(module.resolve(PomXml.text(element, "scope", "")))
                        && PomXml.text(element, "type", "jar").equals("jar")
                        && PomXml.text(element, "classifier", "").isEmpty() && startsLikeAVersion(library.version())
                        && !library.groupId().startsWith("org.springframework") && module(library).isEmpty()) {
                    managed.add(library);
                }
            }
        }
        for (Dependency bom : imported(module)) {
            module(bom).filter(pom -> read.add(pom.file())).ifPresent(pom -> addManaged(pom, managed, read));
        }
    }

    /**
     * A version whose properties all resolved: one the checkout does not give resolves to
     * nothing ({@code ${netty.version}.Final} to {@code .Final}).
     */
    private static boolean startsLikeAVersion(String version) {
        return !version.isEmpty() && Character.isLetterOrDigit(version.charAt(0));
    }

    private void addBoms(PomXml module, List<Dependency> boms, List<Dependency> buildBoms, Set<Path> read) {
        for (Dependency bom : imported(module)) {
            Optional<PomXml> own = module(bom);
            if (own.isEmpty()) {
                boms.add(bom);
            }
            else if (read.add(own.get().file())) {
                buildBoms.add(own.get().artifact());
                addBoms(own.get(), boms, buildBoms, read);
            }
        }
    }

    private Library library(PomXml module, Element element) {
        Dependency declared = module.coordinate(element);
        String classifier = module.resolve(PomXml.text(element, "classifier", ""));
        String type = module.resolve(PomXml.text(element, "type", "jar"));
        Optional<Managed> managed = managed(module, key(declared) + ":" + type + ":" + classifier, new HashSet<>());
        String version = declared.version().isEmpty() ? managed.map(Managed::version).orElse("") : declared.version();
        String scope = module.resolve(PomXml.text(element, "scope", ""));
        List<Dependency> exclusions = new ArrayList<>(exclusions(module, element));
        managed.ifPresent(found -> found.exclusions()
            .stream()
            .filter(exclusion -> !exclusions.contains(exclusion))
            .forEach(exclusions::add));
        return new Library(new Dependency(declared.groupId(), declared.artifactId(), version), classifier, type,
                scope.isEmpty() ? managed.map(Managed::scope).orElse("compile") : scope, exclusions);
    }

    private static List<Dependency> exclusions(PomXml module, Element dependency) {
        return PomXml.children(PomXml.child(dependency, "exclusions")).stream().map(module::coordinate).toList();
    }

    /**
     * What the build manages of a dependency.
     *
     * @param version its version
     * @param scope its scope, {@code compile} when it gives none
     * @param exclusions what it does not bring with it
     */
    private record Managed(String version, String scope, List<Dependency> exclusions) {
    }

    /**
     * What the module or a parent manages of the dependency
     * ({@code groupId:artifactId:type:classifier}), else what the build's own BOMs they
     * import manage, each read once; none when none does (a BOM outside the checkout,
     * such as Spring Boot's, manages it).
     */
    private Optional<Managed> managed(PomXml module, String key, Set<Path> read) {
        for (PomXml managing : lineage(module)) {
            for (Element element : managing.section(MANAGED)) {
                Dependency managed = module.coordinate(element);
                String managedKey = key(managed) + ":" + module.resolve(PomXml.text(element, "type", "jar")) + ":"
                        + module.resolve(PomXml.text(element, "classifier", ""));
                if (!PomXml.text(element, "scope", "").equals("import") && managedKey.equals(key)) {
                    return Optional.of(new Managed(managed.version(),
                            module.resolve(PomXml.text(element, "scope", "compile")), exclusions(module, element)));
                }
            }
        }
        for (Dependency bom : imported(module)) {
            Optional<PomXml> own = module(bom).filter(pom -> read.add(pom.file()));
            Optional<Managed> managed = own.flatMap(pom -> managed(pom, key, read));
            if (managed.isPresent()) {
                return managed;
            }
        }
        return Optional.empty();
    }

    /** The BOMs the module and its parents import, with versions. */
    private static List<Dependency> imported(PomXml module) {
        List<Dependency> boms = new ArrayList<>();
        for (PomXml importing : lineage(module)) {
            importing.section(MANAGED)
                .stream()
                .filter(element -> PomXml.text(element, "scope", "").equals("import")
                        && PomXml.text(element, "type", "").equals("pom"))
                .map(module::coordinate)
                .filter(bom -> !bom.version().isEmpty())
                .forEach(boms::add);
        }
        return boms;
    }

    /** The module, then its parents in the checkout. */
    private static List<PomXml> lineage(PomXml module) {
        List<PomXml> lineage = new ArrayList<>();
        for (Optional<PomXml> pom = Optional.of(module); pom.isPresent(); pom = pom.get().parent()) {
            lineage.add(pom.get());
        }
        return lineage;
    }

}
