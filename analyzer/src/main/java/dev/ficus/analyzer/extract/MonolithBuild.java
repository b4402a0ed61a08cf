package dev.ficus.analyzer.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * What the generated project needs to know of the monolith's Maven build: its coordinates
 * (the artifact whose classes the service runs) and the libraries it declares (the ones
 * the candidate's classes were compiled against).
 *
 * @param groupId the monolith's group
 * @param artifactId the monolith's artifact
 * @param version the monolith's version
 * @param dependencies the non-test dependencies as declared, properties resolved
 * @param spring the Spring release it builds on, when its {@code pom.xml} names one
 * @param modules in a build of modules (its {@code pom.xml} only aggregates them), the
 * modules holding the candidate's classes, which the service depends on with their own
 * libraries; empty when the monolith is one artifact
 */
record MonolithBuild(String groupId, String artifactId, String version, List<Dependency> dependencies,
        Optional<SpringRelease> spring, List<Dependency> modules) {

    /** How deep modules of modules are looked into. */
    private static final int MAX_MODULE_DEPTH = 8;

    MonolithBuild {
        dependencies = List.copyOf(dependencies);
        modules = List.copyOf(modules);
    }

    /**
     * A declared dependency.
     *
     * @param groupId its group
     * @param artifactId its artifact
     * @param version its version, empty when a BOM manages it
     */
    record Dependency(String groupId, String artifactId, String version) {

        boolean isSpringModulith() {
            return groupId.equals("org.springframework.modulith");
        }
    }

    /**
     * Whether the monolith uses Spring Modulith (its listeners carry its annotations).
     */
    boolean usesSpringModulith() {
        return dependencies.stream().anyMatch(Dependency::isSpringModulith);
    }

    /**
     * The build of the monolith whose sources are in {@code root}: its {@code pom.xml},
     * or a stand-in named after the folder when it has none (then the service depends on
     * whatever jar {@code --monolith-jar} gives).
     */
    static MonolithBuild read(Path root) {
        return read(root, List.of());
    }

    /**
     * The build of the monolith, with the modules that hold these types when its
     * {@code pom.xml} only aggregates modules.
     */
    static MonolithBuild read(Path root, Collection<String> types) {
        if (!hasPom(root)) {
            return new MonolithBuild("local.monolith", root.toAbsolutePath().normalize().getFileName().toString(), "0",
                    List.of(), Optional.empty(), List.of());
        }
        PomXml pom = PomXml.read(root.resolve("pom.xml"));
        return parse(pom, pom.aggregates() ? modulesHolding(pom, types, MAX_MODULE_DEPTH) : List.of());
    }

    /** Whether the monolith is built with Maven: a {@code pom.xml} names its artifact. */
    static boolean hasPom(Path root) {
        return Files.isRegularFile(root.resolve("pom.xml"));
    }

    /** The monolith's build tool when it is not Maven, as its build file says. */
    static String otherBuild(Path root) {
        return Files.isRegularFile(root.resolve("build.gradle"))
                || Files.isRegularFile(root.resolve("build.gradle.kts")) ? "a Gradle build" : "no Maven build";
    }

    /**
     * What the service's {@code pom.xml} cannot say: which libraries the candidate's
     * classes need, of a monolith it read no {@code pom.xml} of, or of the modules whose
     * classes it copied from the monolith's jar.
     */
    List<String> notes(Path root, boolean fromJar) {
        if (!hasPom(root)) {
            return List.of("the monolith has no `pom.xml` (" + otherBuild(root) + "), so this `pom.xml` declares none"
                    + " of its libraries: add those the candidate's classes use, or the service fails at the first"
                    + " class it cannot load");
        }
        if (fromJar && !modules.isEmpty()) {
            return List.of("the candidate's classes are in the monolith's modules "
                    + String.join(", ", modules.stream().map(module -> "`" + module.artifactId() + "`").toList())
                    + ", copied from its jar, but this `pom.xml` declares only the libraries of its root `pom.xml`:"
                    + " add theirs, or install the monolith (`mvn install`) and extract without --monolith-jar to"
                    + " depend on the modules with their libraries");
        }
        return List.of();
    }

    private static MonolithBuild parse(PomXml pom, List<Dependency> modules) {
        Element project = pom.project();
        List<Dependency> dependencies = PomXml.children(PomXml.child(project, "dependencies"))
            .stream()
            .filter(dependency -> !PomXml.text(dependency, "scope", "compile").equals("test"))
            .map(pom::coordinate)
            .toList();
        return new MonolithBuild(pom.groupId(), pom.artifactId(), pom.version(), dependencies,
                SpringRelease.declaredBy(versioned(pom)), modules);
    }

    /**
     * Every coordinate the {@code pom.xml} gives a version: its parent, dependencies,
     * managed dependencies and plugins.
     */
    private static List<Dependency> versioned(PomXml pom) {
        Element project = pom.project();
        Element build = PomXml.child(project, "build");
        List<Element> elements = new ArrayList<>();
        Element parent = PomXml.child(project, "parent");
        if (parent != null) {
            elements.add(parent);
        }
        elements.addAll(PomXml.children(PomXml.child(project, "dependencies")));
        elements.addAll(PomXml.children(PomXml.child(PomXml.child(project, "dependencyManagement"), "dependencies")));
        elements.addAll(PomXml.children(PomXml.child(build, "plugins")));
        elements.addAll(PomXml.children(PomXml.child(PomXml.child(build, "pluginManagement"), "plugins")));
        return elements.stream().map(pom::coordinate).filter(coordinate -> !coordinate.version().isEmpty()).toList();
    }

    /**
     * The modules below an aggregating {@code pom.xml} whose {@code src/main/java} holds
     * one of the types, as declared, depth first.
     */
    private static List<Dependency> modulesHolding(PomXml aggregator, Collection<String> types, int depth) {
        List<Dependency> holding = new ArrayList<>();
        for (Path folder : aggregator.modules()) {
            Path file = folder.resolve("pom.xml");
            if (depth <= 0 || !Files.isRegularFile(file)) {
                continue;
            }
            PomXml module = PomXml.read(file);
            if (module.aggregates()) {
                holding.addAll(modulesHolding(module, types, depth - 1));
            }
            else if (types.stream().anyMatch(type -> holdsSource(folder.resolve("src/main/java"), type))) {
                holding.add(new Dependency(module.groupId(), module.artifactId(), module.version()));
            }
        }
        return holding;
    }

    /**
     * Whether a source folder holds the type's file (a nested type's is its outer
     * type's).
     */
    private static boolean holdsSource(Path sources, String type) {
        String path = type.replace('.', '/');
        for (int end = path.length(); end > 0; end = path.lastIndexOf('/', end - 1)) {
            if (Files.isRegularFile(sources.resolve(path.substring(0, end) + ".java"))) {
                return true;
            }
        }
        return false;
    }

}
