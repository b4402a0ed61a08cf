package dev.ficus.maven;

import java.io.File;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * {@code mvn ficus:plan}: orders the candidate services of the analysis
 * {@code ficus:analyze} wrote into an extraction plan; writes plan.md and plan.json
 * beside it.
 */
@Mojo(name = "plan", aggregator = true, threadSafe = true)
public class PlanMojo extends FicusMojo {

    /** The analysis.json written by {@code ficus:analyze}. */
    @Parameter(property = "ficus.analysis", defaultValue = "${project.build.directory}/ficus/analysis.json")
    private File analysis;

    @Inject
    public PlanMojo(ProjectDependenciesResolver resolver) {
        super(resolver);
    }

    @Override
    protected void execute(ProjectSources sources) throws MojoFailureException {
        PlanGoal.Result result = PlanGoal.run(sources, analysis.toPath(), outputFolder(),
                LoggedProgress.of(getLog(), quiet));
        getLog().info("ficus: extraction order: " + String.join(", ", result.order()) + "; wrote " + result.markdown()
                + " and " + result.json());
    }

}
