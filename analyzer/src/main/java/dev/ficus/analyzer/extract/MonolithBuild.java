package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param dependencies the libraries the candidate's classes run with, as Maven passes
 * them on ({@link MavenModules#of}): those of its {@code pom.xml} or, in a build of
 * modules, those the modules holding the candidate's classes and the modules these need
 * declare and inherit
 * @param spring the Spring release it builds on, when its {@code pom.xml} (or else a
 * module's holding the candidate's classes) names one
 * @param modules in a build of modules, the modules holding the candidate's classes,
 * which the service depends on with their own libraries; empty when the monolith's own
 * artifact holds them
 * @param neededModules the other modules of the build those depend on, directly or not,
 * whose classes a copy of the monolith's jar takes too
 * @param boms the BOMs the poms those libraries come from import (and their parents in
 * the checkout), which manage the versions those libraries leave out
 * @param buildBoms the BOMs those poms import that are modules of the build itself (not
 * in {@code boms}, which holds what they import in turn): installing the candidate's
 * modules with {@code -am} leaves them out (Maven follows no BOM import), yet the
 * installed poms import them
 * @param managed the versions those poms manage themselves of libraries outside the
 * build, which those libraries' own libraries take (a monolith's {@code mybatis} over the
 * one a library asks for)
 * @param usesSpringModulith whether those libraries include Spring Modulith (the
 * candidate's listeners carry its annotations)
 */
record MonolithBuild(String groupId, String artifactId, String version, List<Library> dependencies,
        Optional<SpringRelease> spring, List<Dependency> modules, List<Dependency> neededModules, List<Dependency> boms,
        List<Dependency> buildBoms, List<Dependency> managed, boolean usesSpringModulith) {

    MonolithBuild {
        dependencies = List.copyOf(dependencies);
        modules = List.copyOf(modules);
        neededModules = List.copyOf(neededModules);
        boms = List.copyOf(boms);
        buildBoms = List.copyOf(buildBoms);
        managed = List.copyOf(managed);
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
     * A library as a module declares it.
     *
     * @param artifact its coordinates, with the version the build manages where it gives
     * none
     * @param classifier its classifier, empty for none
     * @param type its type, {@code jar} by default
     * @param scope {@code compile} or {@code runtime}
     * @param exclusions what it does not bring with it
     */
    record Library(Dependency artifact, String classifier, String type, String scope, List<Dependency> exclusions) {

        Library {
            exclusions = List.copyOf(exclusions);
        }

        /** What Maven tells two of a build's libraries apart by. */
        String key() {
            return MavenModules.key(artifact) + ":" + type + ":" + classifier;
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
                    List.of(), Optional.empty(), otherBuildModules(sourceFolders), List.of(), List.of(), List.of(),
                    List.of(), false);
        }
        Path monolith = root.toAbsolutePath().normalize();
        Path rootPom = monolith.resolve("pom.xml");
        List<PomXml> holding = holding(monolith, sourceFolders);
        PomXml build = PomXml.read(rootPom, monolith);
        if (holding.isEmpty() || holding.stream().allMatch(pom -> pom.file().equals(rootPom))) {
            return parse(build, MavenModules.none(), List.of(build), 1, Optional.empty());
        }
        MavenModules modules = MavenModules.of(build, monolith);
        Optional<SpringRelease> modulesRelease = holding.stream()
            .map(MonolithBuild::releaseOf)
            .flatMap(Optional::stream)
            .findFirst();
        return parse(build, modules, modules.neededBy(holding), holding.size(), modulesRelease);
    }

    /**
     * The build as its root {@code pom.xml} says, with the libraries and BOMs of the poms
     * the candidate's classes need but the build's own modules: the first {@code holding}
     * hold them, in a build of modules the others are modules these need. Their Spring
     * release counts where the root names none.
     */
    private static MonolithBuild parse(PomXml root, MavenModules modules, List<PomXml> needed, int holding,
            Optional<SpringRelease> modulesRelease) {
        Map<String, Library> libraries = new LinkedHashMap<>();
        Map<String, Dependency> boms = new LinkedHashMap<>();
        Map<String, Dependency> buildBoms = new LinkedHashMap<>();
        Map<String, Dependency> managed = new LinkedHashMap<>();
        for (int i = 0; i < needed.size(); i++) {
            modules.of(needed.get(i), i < holding)
                .stream()
                .filter(library -> modules.module(library.artifact()).isEmpty())
                .forEach(library -> libraries.putIfAbsent(library.key(), library));
            modules.boms(needed.get(i)).forEach(bom -> boms.putIfAbsent(MavenModules.key(bom), bom));
            modules.buildBoms(needed.get(i)).forEach(bom -> buildBoms.putIfAbsent(MavenModules.key(bom), bom));
            modules.managed(needed.get(i)).forEach(library -> managed.putIfAbsent(MavenModules.key(library), library));
        }
        boolean ofModules = needed.size() > 1 || !needed.get(0).file().equals(root.file());
        // a module the candidate's modules need is found in the jar by its name, with any
        // version when unknown
        return new MonolithBuild(root.groupId(), root.artifactId(), root.version(), List.copyOf(libraries.values()),
                releaseOf(root).or(() -> modulesRelease),
                ofModules ? needed.subList(0, holding).stream().map(MonolithBuild::moduleArtifact).toList() : List.of(),
                needed.subList(holding, needed.size())
                    .stream()
                    .filter(module -> !module.aggregates())
                    .map(PomXml::artifact)
                    .toList(),
                List.copyOf(boms.values()), List.copyOf(buildBoms.values()), List.copyOf(managed.values()),
                libraries.values().stream().anyMatch(library -> library.artifact().isSpringModulith()));
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
     * The artifacts of those the service would depend on (the modules holding these
     * source folders, or else the monolith's own) whose jar Spring Boot replaces with its
     * runnable one ({@link BootRepackaging}); {@code root} has a {@code pom.xml}.
     */
    static List<String> replacedJars(Path root, Collection<String> sourceFolders) {
        Path monolith = root.toAbsolutePath().normalize();
        List<PomXml> holding = holding(monolith, sourceFolders);
        return (holding.isEmpty() ? List.of(PomXml.read(monolith.resolve("pom.xml"), monolith)) : holding).stream()
            .filter(BootRepackaging::replacesTheJar)
            .map(PomXml::artifactId)
            .toList();
    }

    private static List<PomXml> holding(Path monolith, Collection<String> sourceFolders) {
        return sourceFolders.stream()
            .map(folder -> nearestPom(monolith, folder))
            .distinct()
            .map(pom -> PomXml.read(pom, monolith))
            .filter(pom -> !pom.aggregates())
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
     * classes need, of a monolith it read no {@code pom.xml} of; and whether the adapters
     * generated for the monolith, if any, need a newer Spring there.
     */
    List<String> notes(Path root, boolean adapters) {
        if (!hasPom(root)) {
            return List.of("the monolith has no `pom.xml` (" + otherBuild(root) + "), so this `pom.xml` declares none"
                    + " of its libraries: add those the candidate's classes use, or the service fails at the first"
                    + " class it cannot load");
        }
        return adapters
                ? spring.filter(SpringRelease::beforeFrameworkSixOne).map(SpringRelease::adaptersNote).stream().toList()
                : List.of();
    }

    /** The Spring Boot line the service is built on: the monolith's. */
    BootLine serviceLine() {
        return BootLine.of(spring);
    }

    /**
     * This build with the Spring release given, where it is known (the monolith's jar
     * says it before its {@code pom.xml}).
     */
    MonolithBuild releasedAs(Optional<SpringRelease> release) {
        return new MonolithBuild(groupId, artifactId, version, dependencies, release.or(() -> spring), modules,
                neededModules, boms, buildBoms, managed, usesSpringModulith);
    }

    /**
     * The release a {@code pom.xml} names, else the one its nearest parent inside the
     * checkout names (a company parent that has Spring Boot's as its own).
     */
    private static Optional<SpringRelease> releaseOf(PomXml pom) {
        return SpringRelease.declaredBy(versioned(pom)).or(() -> pom.parent().flatMap(MonolithBuild::releaseOf));
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
