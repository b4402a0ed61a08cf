package dev.ficus.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.ficus.testsupport.architecture.fixtures.LongFileWithReason;
import dev.ficus.testsupport.architecture.fixtures.LongFileWithoutReason;
import dev.ficus.testsupport.architecture.fixtures.ShortFile;
import dev.ficus.testsupport.architecture.fixtures.cycle.a.First;
import dev.ficus.testsupport.architecture.fixtures.cycle.b.Second;
import dev.ficus.testsupport.architecture.fixtures.marked.Marked;
import dev.ficus.testsupport.architecture.fixtures.util.CatchAll;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each shared rule reports a fixture class that breaks it and passes one that keeps it.
 */
class ProjectRulesUnitTests {

    private static final Path FIXTURE_SOURCES = Path.of("src/test/java");

    @Test
    void aLongFileWithoutAReasonIsReportedAndOneWithTheReasonLineIsNot() {
        ArchRule rule = ProjectRules.longFilesSayWhy(FIXTURE_SOURCES, 20);

        assertThat(violations(rule, ShortFile.class, LongFileWithReason.class)).isEmpty();
        assertThat(violations(rule, ShortFile.class, LongFileWithoutReason.class)).singleElement()
            .asString()
            .contains("LongFileWithoutReason.java has 30 lines and no 'Longer than 300 lines because'");
    }

    @Test
    void theProjectRuleAllowsThreeHundredLines() {
        assertThat(ProjectRules.NO_LONG_FILE_WITHOUT_A_REASON.getDescription()).contains("at most 300 lines");
        assertThat(violations(ProjectRules.longFilesSayWhy(FIXTURE_SOURCES, ProjectRules.MAX_LINES),
                LongFileWithoutReason.class))
            .isEmpty();
    }

    @Test
    void aClassWithoutItsSourceFileIsReported() {
        assertThat(violations(ProjectRules.longFilesSayWhy(Path.of("src/main/java"), 20), ShortFile.class))
            .singleElement()
            .asString()
            .contains("no source file src/main/java/dev/ficus/testsupport/architecture/fixtures/ShortFile.java");
    }

    @Test
    void aUtilPackageIsReported() {
        assertThat(violations(ProjectRules.NO_CATCH_ALL_PACKAGES, ShortFile.class)).isEmpty();
        assertThat(violations(ProjectRules.NO_CATCH_ALL_PACKAGES, ShortFile.class, CatchAll.class)).singleElement()
            .asString()
            .contains(CatchAll.class.getName());
    }

    @Test
    void aPackageWithoutNullMarkedIsReported() {
        ArchRule rule = ProjectRules.EVERY_PACKAGE_IS_NULL_MARKED;

        assertThat(
                rule.evaluate(new ClassFileImporter().importPackagesOf(Marked.class)).getFailureReport().getDetails())
            .isEmpty();
        assertThat(violations(rule, ShortFile.class)).singleElement()
            .asString()
            .contains("dev.ficus.testsupport.architecture.fixtures has no package-info.java with @NullMarked");
    }

    @Test
    void aCycleBetweenFeaturePackagesIsReported() {
        ArchRule rule = ProjectRules.featuresFreeOfCycles("dev.ficus.testsupport.architecture.fixtures.cycle");

        assertThat(violations(rule, First.class)).isEmpty();
        assertThat(String.join("\n", violations(rule, First.class, Second.class))).contains("Cycle detected")
            .contains(First.class.getName())
            .contains(Second.class.getName());
    }

    private static List<String> violations(ArchRule rule, Class<?>... types) {
        JavaClasses classes = new ClassFileImporter().importClasses(types);
        EvaluationResult result = rule.evaluate(classes);
        return result.getFailureReport().getDetails();
    }

}
