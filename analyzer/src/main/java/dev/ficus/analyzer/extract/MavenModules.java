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
 * inheritance. A BOM that is a module of the build is read instead of imported: it is not
 * installed where the service builds.
 */
final class MavenModules {

    private static final Set<String> PASSED_ON = Set.of("compile", "runtime");

    private static final String MANAGED = "dependencyManagement/dependencies";

    /** How many BOMs of the build importing each other are followed. */
    private static final int MAX_IMPORTS = 8;

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
     * The libraries the module declares and inherits; its optional ones only when asked
     * (Maven passes them on to no one, but the module's own application has them).
     */
    List<Library> of(PomXml module, boolean withOptional) {
        List<Library> libraries = new ArrayList<>();
        for (PomXml declaring : lineage(module)) {
            declaring.section("dependencies")
                .stream()
                .filter(element -> PASSED_ON.contains(module.resolve(PomXml.text(element, "scope", "compile"))))
                .filter(element -> withOptional || !module.resolve(PomXml.text(element, "optional", "")).equals("true"))
                .map(element -> library(module, element))
                .forEach(libraries::add);
        }
        return libraries;
    }

    /**
     * The BOMs the module and its parents import, and those the build's own BOMs import
     * in their place.
     */
    List<Dependency> boms(PomXml module) {
        return boms(module, MAX_IMPORTS);
    }

    private List<Dependency> boms(PomXml module, int imports) {
        List<Dependency> boms = new ArrayList<>();
        for (Dependency bom : imported(module)) {
            Optional<PomXml> own = module(bom);
            if (own.isEmpty()) {
                boms.add(bom);
            }
            else if (imports > 0) {
                boms.addAll(boms(own.get(), imports - 1));
            }
        }
        return boms;
    }

    private Library library(PomXml module, Element element) {
        Dependency declared = module.coordinate(element);
        String classifier = module.resolve(PomXml.text(element, "classifier", ""));
        String type = module.resolve(PomXml.text(element, "type", "jar"));
        List<Dependency> exclusions = PomXml.children(PomXml.child(element, "exclusions"))
            .stream()
            .map(module::coordinate)
            .toList();
        Dependency versioned = declared.version().isEmpty()
                ? new Dependency(declared.groupId(), declared.artifactId(), managed(module, declared, MAX_IMPORTS))
                : declared;
        return new Library(versioned, classifier, type, module.resolve(PomXml.text(element, "scope", "compile")),
                exclusions);
    }

    /**
     * The version the module or a parent manages, else one the build's own BOMs they
     * import manage; empty when none does (a BOM outside the checkout, such as Spring
     * Boot's, manages it).
     */
    private String managed(PomXml module, Dependency dependency, int imports) {
        for (PomXml managing : lineage(module)) {
            Optional<String> version = managing.section(MANAGED)
                .stream()
                .filter(element -> !PomXml.text(element, "scope", "").equals("import"))
                .map(module::coordinate)
                .filter(managed -> key(managed).equals(key(dependency)) && !managed.version().isEmpty())
                .map(Dependency::version)
                .findFirst();
            if (version.isPresent()) {
                return version.get();
            }
        }
        if (imports > 0) {
            for (Dependency bom : imported(module)) {
                Optional<String> version = module(bom).map(own -> managed(own, dependency, imports - 1))
                    .filter(found -> !found.isEmpty());
                if (version.isPresent()) {
                    return version.get();
                }
            }
        }
        return "";
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
