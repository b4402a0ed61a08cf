package dev.ficus.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * {@code mvn ficus:analyze}: one analysis across every module of the reactor, each
 * module's compile classpath handed to the symbol solver; writes analysis.json,
 * report.html and summary.md to {@code target/ficus}.
 */
@Mojo(name = "analyze", aggregator = true, threadSafe = true)
public class AnalyzeMojo extends FicusMojo {

    /** Steer toward this many candidate services. */
    @Parameter(property = "ficus.services")
    private Integer services;

    /** Modularity resolution: larger gives more, smaller services. */
    @Parameter(property = "ficus.resolution", defaultValue = "1.0")
    private double resolution;

    /** Which reports to write: json, html, md, dot. */
    @Parameter(property = "ficus.formats", defaultValue = "json,html,md")
    private List<String> formats = new ArrayList<>();

    @Inject
    public AnalyzeMojo(ProjectDependenciesResolver resolver) {
        super(resolver);
    }

    @Override
    protected void execute(ProjectSources sources) throws MojoFailureException {
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new MojoFailureException("ficus.resolution must be a positive number, was " + resolution);
        }
        if (services != null && services < 1) {
            throw new MojoFailureException("ficus.services must be at least 1, was " + services);
        }
        AnalyzeGoal.Result result = AnalyzeGoal.run(sources, services, resolution, formats, outputFolder(),
                LoggedProgress.of(getLog(), quiet));
        getLog().info(String.format(Locale.ROOT,
                "ficus: %d candidate services, %d shared-kernel types, %.1f %% of calls unresolved; wrote %s",
                result.services(), result.sharedKernelTypes(), 100 * result.unresolvedCallRatio(),
                String.join(", ", result.written().stream().map(Object::toString).toList())));
    }

}
