package dev.ficus.bench.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LauncherOptionsUnitTests {

    /** Surefire runs in the module directory. */
    private static final Path REPOSITORY_ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void readsTheAnalyzerOptionsOfTheReleaseLauncher() {
        assertThat(LauncherOptions.of(REPOSITORY_ROOT).options()).containsExactly("-XX:MaxRAMPercentage=75",
                "-XX:+UseSerialGC", "-Xss16m", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void takesTheOptionsOfTheAnalyzerBranchNotAnEarlierOne() {
        String script = """
                case "$1" in
                  bench)
                    MAIN="dev.ficus.bench.cli.BenchCommand"
                    DEFAULT_OPTS=(-Xmx1g) ;;
                  *)
                    MAIN="dev.ficus.analyzer.cli.FicusCommand"
                    DEFAULT_OPTS=(-Xss8m  -XX:+UseG1GC) ;;
                esac
                """;

        assertThat(LauncherOptions.parse(script).options()).containsExactly("-Xss8m", "-XX:+UseG1GC");
    }

    @Test
    void readsAnEmptyArrayAsNoOptions() {
        assertThat(LauncherOptions.parse("MAIN=\"dev.ficus.analyzer.cli.FicusCommand\"\nDEFAULT_OPTS=()\n").options())
            .isEmpty();
    }

    @Test
    void rejectsALauncherWithoutAnAnalyzerBranch() {
        assertThatIllegalArgumentException().isThrownBy(() -> LauncherOptions.parse("exec java -jar x.jar"))
            .withMessage("the launcher has no DEFAULT_OPTS for the analyzer");
    }

}
