package dev.ficus.maven;

import java.io.File;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * {@code mvn ficus:check} (or bound to {@code verify}): fails the build, listing every
 * crossing, when code of one service uses a type of another outside the API the committed
 * boundaries allow. So the boundaries a team chose stay chosen while the migration runs.
 */
@Mojo(name = "check", aggregator = true, threadSafe = true, defaultPhase = LifecyclePhase.VERIFY)
public class CheckMojo extends FicusMojo {

    /**
     * The committed boundaries: an analysis.json's services (edited or not), each with an
     * optional "api".
     */
    @Parameter(property = "ficus.boundaries", defaultValue = "${project.basedir}/ficus-boundaries.json")
    private File boundaries;

    /** False only warns about crossings. */
    @Parameter(property = "ficus.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    @Inject
    public CheckMojo(ProjectDependenciesResolver resolver) {
        super(resolver);
    }

    @Override
    protected void execute(ProjectSources sources) throws MojoFailureException {
        Boundaries committed;
        try {
            committed = Boundaries.read(boundaries.toPath());
        }
        catch (Boundaries.InvalidBoundariesException e) {
            throw new MojoFailureException("ficus: " + e.getMessage());
        }
        CheckGoal.Code code = CheckGoal.read(sources, LoggedProgress.of(getLog(), quiet));
        BoundaryRules rules = new BoundaryRules(committed, code.types());
        List<String> unowned = rules.unowned(code.types());
        if (!unowned.isEmpty()) {
            getLog().info("ficus: " + unowned.size() + " type(s) belong to no service and are not checked, e.g. "
                    + unowned.get(0));
        }
        List<BoundaryViolation> violations = rules.violations(code.dependencies());
        if (violations.isEmpty()) {
            getLog().info("ficus: " + committed.services().size() + " services, no code crosses a boundary outside "
                    + "the allowed API (" + boundaries + ")");
            return;
        }
        String summary = violations.size() + " dependencies cross a service boundary outside the allowed API of "
                + boundaries.getName() + ":";
        report(summary, violations);
        if (failOnViolation) {
            throw new MojoFailureException("ficus: " + summary.replace(":", "") + " (listed above); move the code, "
                    + "or add the used type to the service's \"api\" in " + boundaries.getName());
        }
    }

    private void report(String summary, List<BoundaryViolation> violations) {
        if (failOnViolation) {
            getLog().error("ficus: " + summary);
            violations.forEach(violation -> getLog().error("  " + violation.describe()));
        }
        else {
            getLog().warn("ficus: " + summary);
            violations.forEach(violation -> getLog().warn("  " + violation.describe()));
        }
    }

}
