package dev.ficus.bench.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How a Spring Boot jar of the checkout is started, on a copy of the real monolith's jar.
 */
class ProcessSpecIntegrationTests {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    /**
     * Surefire runs in the module directory; the applications' jars sit in sibling
     * modules.
     */
    private static final Path MONOLITH_JAR = AppJars.under(Path.of("").toAbsolutePath().getParent())
        .jar(AppJars.MONOLITH);

    private final ProcessSpec monolith = ProcessSpec.bootJar("monolith", MONOLITH_JAR, 8080, List.of());

    @Test
    void quickRunStartsABootJarExtractedWithAnArchiveMadeOnceAndReused() throws Exception {
        Path home = MONOLITH_JAR.resolveSibling(MONOLITH_JAR.getFileName() + ".startup");
        List<String> launch = monolith.command(JAVA, JvmOptions.QUICK, CpuAffinity.NONE);
        if (launch.contains(MONOLITH_JAR.toString())) {
            // the jar's first start in this build: the second makes the archive
            launch = monolith.command(JAVA, JvmOptions.QUICK, CpuAffinity.NONE);
        }

        assertThat(launch).containsSubsequence(JAVA.toString(), "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + home.resolve("app.jsa"), "-jar",
                home.resolve("app").resolve(MONOLITH_JAR.getFileName()).toString(), "--server.port=8080");
        assertThat(Files.size(home.resolve("app.jsa"))).isGreaterThan(1L << 20);
        FileTime made = Files.getLastModifiedTime(home.resolve("app.jsa"));

        assertThat(monolith.command(JAVA, JvmOptions.QUICK, CpuAffinity.NONE)).isEqualTo(launch);
        assertThat(monolith.command(JAVA, JvmOptions.DEMO, CpuAffinity.NONE)).as("the demo uses it too")
            .isEqualTo(launch);
        assertThat(Files.getLastModifiedTime(home.resolve("app.jsa"))).as("not made again").isEqualTo(made);
    }

    @Test
    void measuredRunStartsTheJarAsUsersDo() {
        assertThat(monolith.command(JAVA, JvmOptions.DEFAULT, CpuAffinity.NONE)).containsExactly(JAVA.toString(),
                "-Xms384m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar",
                MONOLITH_JAR.toString(), "--server.port=8080", "--server.address=127.0.0.1");
    }

}
