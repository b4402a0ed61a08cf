package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
 * @param spring the Spring release it builds on, when its {@code pom.xml} (or else a
 * module's holding the candidate's classes) names one
 * @param modules in a build of modules, the modules holding the candidate's classes,
 * which the service depends on with their own libraries; empty when the monolith's own
 * artifact holds them
 * @param usesSpringModulith whether its {@code pom.xml}, or one of those modules',
 * declares Spring Modulith (the candidate's listeners carry its annotations)
 */
record MonolithBuild(String groupId, String artifactId, String version, List<Dependency> dependencies,
        Optional<SpringRelease> spring, List<Dependency> modules, boolean usesSpringModulith) {

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
     * The build of the monolith whose sources are in {@code root}: its {@code pom.xml},
     * or a stand-in named after the folder when it has none (then the service depends on
     * whatever jar {@code --monolith-jar} gives).
     */
    static MonolithBuild read(Path root) {
        return read(root, List.of());
    }

    /**
     * The build of the monolith, with the modules holding these source folders (relative
     * to {@code root}) when they are not the monolith's own artifact.
     */
    static MonolithBuild read(Path root, Collection<String> sourceFolders) {
        if (!hasPom(root)) {
            return new MonolithBuild("local.monolith", root.toAbsolutePath().normalize().getFileName().toString(), "0",
                    List.of(), Optional.empty(), otherBuildModules(sourceFolders), false);
        }
        Path monolith = root.toAbsolutePath().normalize();
        Path rootPom = monolith.resolve("pom.xml");
        List<PomXml> holding = sourceFolders.stream()
            .map(folder -> nearestPom(monolith, folder))
            .distinct()
            .map(pom -> PomXml.read(pom, monolith))
            .filter(pom -> !pom.aggregates())
            .toList();
        List<Dependency> modules = holding.isEmpty() || holding.stream().allMatch(pom -> pom.file().equals(rootPom))
                ? List.of() : holding.stream().map(MonolithBuild::moduleArtifact).distinct().toList();
        boolean modulith = holding.stream()
            .flatMap(module -> declared(module).stream())
            .anyMatch(Dependency::isSpringModulith);
        Optional<SpringRelease> modulesRelease = holding.stream()
            .map(module -> SpringRelease.declaredBy(versioned(module)))
            .flatMap(Optional::stream)
            .findFirst();
        return parse(PomXml.read(rootPom, monolith), modules, modulith, modulesRelease);
    }

    /**
     * A module's coordinates, refused when its pom.xml leaves them to what is not in the
     * checkout.
     */
    private static Dependency moduleArtifact(PomXml module) {
        Dependency artifact = module.artifact();
        if (Stream.of(artifact.groupId(), artifact.version()).anyMatch(part -> part.isEmpty() || part.contains("${"))) {
            throw new InvalidInputException("cannot tell the coordinates of the monolith's module " + module.file()
                    + " (" + artifact.groupId() + ":" + artifact.artifactId() + ":" + artifact.version()
                    + "): its pom.xml takes them from a parent or property outside the checkout");
        }
        return artifact;
    }

    /**
     * The modules of a build that is not Maven's, named after their folders (a Gradle
     * project's jar is {@code <folder>-<version>.jar}); their versions are not known.
     */
    private static List<Dependency> otherBuildModules(Collection<String> sourceFolders) {
        return sourceFolders.stream()
            .map(folder -> folder.replaceAll("/?src/main/java$", ""))
            .filter(module -> !module.isEmpty())
            .map(module -> new Dependency("", module.substring(module.lastIndexOf('/') + 1), ""))
            .distinct()
            .toList();
    }

    /**
     * The {@code pom.xml} building a source folder: the nearest one at or above it, up to
     * the monolith's root.
     */
    private static Path nearestPom(Path root, String sourceFolder) {
        for (Path folder = root.resolve(sourceFolder).normalize(); folder != null
                && folder.startsWith(root); folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("pom.xml"))) {
                return folder.resolve("pom.xml");
            }
        }
        return root.resolve("pom.xml");
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

    /**
     * The build as its root {@code pom.xml} says, with what the modules holding the
     * candidate add: their coordinates, whether they use Spring Modulith, and their
     * Spring release where the root names none.
     */
    private static MonolithBuild parse(PomXml pom, List<Dependency> modules, boolean modulesUseSpringModulith,
            Optional<SpringRelease> modulesRelease) {
        List<Dependency> dependencies = declared(pom);
        return new MonolithBuild(pom.groupId(), pom.artifactId(), pom.version(), dependencies,
                SpringRelease.declaredBy(versioned(pom)).or(() -> modulesRelease), modules,
                modulesUseSpringModulith || dependencies.stream().anyMatch(Dependency::isSpringModulith));
    }

    /** The dependencies a {@code pom.xml} declares outside the test scope. */
    private static List<Dependency> declared(PomXml pom) {
        return PomXml.children(PomXml.child(pom.project(), "dependencies"))
            .stream()
            .filter(dependency -> !PomXml.text(dependency, "scope", "compile").equals("test"))
            .map(pom::coordinate)
            .toList();
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

}
