package dev.ficus.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * What every Ficus goal shares: it runs once, at the execution root, over the sources of
 * every module below it, with the jars the modules compile against.
 */
abstract class FicusMojo extends AbstractMojo {

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Where the reports go. */
    @Parameter(property = "ficus.outputDirectory", defaultValue = "${project.build.directory}/ficus")
    protected File outputDirectory;

    /** Also read {@code src/test/java}-style source roots, with test-scoped jars. */
    @Parameter(property = "ficus.includeTests", defaultValue = "false")
    protected boolean includeTests;

    /**
     * Skip files matching these globs, relative to the execution root, e.g.
     * {@code **}{@code /generated/**}.
     */
    @Parameter(property = "ficus.excludes")
    protected List<String> excludes = new ArrayList<>();

    /**
     * More jars to resolve library types against, besides the modules' own dependencies.
     */
    @Parameter(property = "ficus.classpath")
    protected List<File> classpath = new ArrayList<>();

    /**
     * Hand the modules' resolved compile classpath to the symbol solver; false analyses
     * the sources alone.
     */
    @Parameter(property = "ficus.useProjectClasspath", defaultValue = "true")
    protected boolean useProjectClasspath;

    /** No progress lines in the build log. */
    @Parameter(property = "ficus.quiet", defaultValue = "false")
    protected boolean quiet;

    /** Skips the goal. */
    @Parameter(property = "ficus.skip", defaultValue = "false")
    protected boolean skip;

    private final ProjectDependenciesResolver resolver;

    protected FicusMojo(ProjectDependenciesResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ficus: skipped");
            return;
        }
        if (!project.isExecutionRoot()) {
            getLog().debug("ficus: runs once, at the execution root");
            return;
        }
        execute(sources());
    }

    protected abstract void execute(ProjectSources sources) throws MojoExecutionException, MojoFailureException;

    protected Path outputFolder() {
        return outputDirectory.toPath();
    }

    private ProjectSources sources() {
        List<Path> jars = new ArrayList<>();
        classpath.forEach(jar -> jars.add(jar.toPath()));
        if (useProjectClasspath) {
            jars.addAll(new ReactorClasspath(resolver, session, getLog()).resolve(includeTests));
        }
        getLog().info("ficus: " + session.getProjects().size() + " module(s) below " + project.getBasedir() + ", "
                + jars.size() + " jar(s) on the classpath");
        return new ProjectSources(project.getBasedir().toPath(), includeTests, excludes, jars);
    }

}
