package dev.ficus.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionRequest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;

/**
 * The jars the reactor's modules compile against, resolved without building any module: a
 * module's dependency on another module of the reactor is left out (its sources are
 * analysed), that module's own dependencies are kept. Resolving here rather than through
 * {@code requiresDependencyResolution} lets {@code mvn ficus:analyze} run on a
 * multi-module project that was never built or installed.
 */
final class ReactorClasspath {

    private static final Set<String> COMPILE_SCOPES = Set.of("compile", "provided", "system");

    private static final Set<String> TEST_SCOPES = Set.of("compile", "provided", "system", "test");

    private final ProjectDependenciesResolver resolver;

    private final MavenSession session;

    private final Log log;

    ReactorClasspath(ProjectDependenciesResolver resolver, MavenSession session, Log log) {
        this.resolver = resolver;
        this.session = session;
        this.log = log;
    }

    /** One jar per library (the first version a module asks for), in reactor order. */
    List<Path> resolve(boolean includeTests) {
        Set<String> scopes = includeTests ? TEST_SCOPES : COMPILE_SCOPES;
        Set<String> modules = session.getProjects()
            .stream()
            .map(project -> key(project.getGroupId(), project.getArtifactId()))
            .collect(Collectors.toSet());
        Predicate<Dependency> wanted = dependency -> scopes.contains(dependency.getScope()) && !modules
            .contains(key(dependency.getArtifact().getGroupId(), dependency.getArtifact().getArtifactId()));
        Map<String, Path> jars = new LinkedHashMap<>();
        for (MavenProject project : session.getProjects()) {
            for (Dependency dependency : dependencies(project, wanted)) {
                Artifact artifact = dependency.getArtifact();
                File file = artifact.getFile();
                if (file != null && file.isFile() && file.getName().endsWith(".jar")) {
                    jars.putIfAbsent(
                            key(artifact.getGroupId(), artifact.getArtifactId()) + ":" + artifact.getClassifier(),
                            file.toPath());
                }
            }
        }
        return List.copyOf(jars.values());
    }

    private List<Dependency> dependencies(MavenProject project, Predicate<Dependency> wanted) {
        DependencyFilter filter = (node, parents) -> node.getDependency() == null || wanted.test(node.getDependency());
        DependencyResolutionRequest request = new DefaultDependencyResolutionRequest(project,
                session.getRepositorySession())
            .setResolutionFilter(filter);
        try {
            return resolver.resolve(request).getDependencies().stream().filter(wanted).toList();
        }
        catch (DependencyResolutionException e) {
            log.warn("ficus: some dependencies of " + project.getArtifactId() + " could not be resolved, calls "
                    + "into them stay unresolved: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return e.getResult() == null ? List.of() : e.getResult().getDependencies().stream().filter(wanted).toList();
        }
    }

    private static String key(String groupId, String artifactId) {
        return groupId + ":" + artifactId;
    }

}
