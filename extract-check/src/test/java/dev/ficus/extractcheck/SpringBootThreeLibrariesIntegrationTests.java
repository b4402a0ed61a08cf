package dev.ficus.extractcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.testsupport.OfflineMaven;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The libraries every service {@code ficus extract} makes depends on, event-sync and
 * caller-trust, are built on Spring Boot 4 and run on Spring Boot 3 too, where a Spring
 * Boot 3 monolith's classes need its service to be:
 * {@code fixtures/spring-boot-3-service} is built on Spring Boot 3 with this reactor's
 * jars of both, and its own tests (outbox, relay to the real RabbitMQ, allow-list, Boot's
 * REST client builder, mutual-TLS defaults) must all run and pass there.
 */
class SpringBootThreeLibrariesIntegrationTests {

    private static final Path ROOT = Path.of(System.getProperty("ficus.root", "..")).toAbsolutePath().normalize();

    private static final String VERSION = System.getProperty("ficus.version", "0.1.0-SNAPSHOT");

    private static final Path SHARED_REPOSITORY = Path
        .of(System.getProperty("ficus.maven-repository", System.getProperty("user.home") + "/.m2/repository"));

    private static final Path LOGS = Path.of(System.getProperty("ficus.log-dir", "target/extract-logs"))
        .toAbsolutePath()
        .resolve("spring-boot-3");

    /** The fixture's test classes and how many tests each has. */
    private static final List<String> FIXTURE_TESTS = List.of("OnSpringBootThreeTests 4",
            "RelayOnSpringBootThreeTests 1");

    private static final Pattern COUNTS = Pattern
        .compile("<testsuite [^>]*?tests=\"(\\d+)\" errors=\"(\\d+)\" skipped=\"(\\d+)\" failures=\"(\\d+)\"");

    private final Path work = Path.of("target/spring-boot-3-work").toAbsolutePath();

    @Test
    void eventSyncAndCallerTrustPassTheirChecksInASpringBootThreeService() throws Exception {
        // the test's own repository stays: it keeps the Spring Boot 3 artifacts an online
        // build downloaded for the next build, online or not
        delete(work.resolve("spring-boot-3-service"));
        Path project = copy(ROOT.resolve("fixtures/spring-boot-3-service"), work.resolve("spring-boot-3-service"));
        OfflineMaven maven = new OfflineMaven(ROOT, work.resolve("m2"), SHARED_REPOSITORY, LOGS);
        maven.publishFicusLibraries(VERSION);

        maven
            .start(System.getProperty("ficus.maven-offline", "offline=true").equals("offline=true"),
                    project.resolve("pom.xml"), "spring-boot-3-service", "-Dficus.version=" + VERSION,
                    property("spring-boot3.version"), property("maven-resources-plugin.version"),
                    property("maven-compiler-plugin.version"), property("maven-surefire-plugin.version"),
                    property("maven-dependency-plugin.version"), "test")
            .assertSucceeded();

        for (String expected : FIXTURE_TESTS) {
            String[] nameAndCount = expected.split(" ");
            Path report = project
                .resolve("target/surefire-reports/TEST-dev.ficus.fixtures.bootthree." + nameAndCount[0] + ".xml");
            Matcher counts = COUNTS.matcher(Files.readString(report));
            assertThat(counts.find()).as(report.toString()).isTrue();
            assertThat(List.of(counts.group(1), counts.group(2), counts.group(3), counts.group(4)))
                .as(nameAndCount[0] + ": tests, errors, skipped, failures")
                .containsExactly(nameAndCount[1], "0", "0", "0");
        }
        assertThat(reports(project)).hasSize(FIXTURE_TESTS.size());
    }

    private static String property(String name) {
        return "-D" + name + "=" + System.getProperty(name);
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The fixture's sources, not what a build of it left behind. */
    private static Path copy(Path fixture, Path project) throws IOException {
        try (Stream<Path> paths = Files.walk(fixture)) {
            for (Path path : paths.filter(path -> !fixture.relativize(path).startsWith("target")).toList()) {
                Path target = project.resolve(fixture.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(path, target);
                }
            }
        }
        return project;
    }

    private static List<Path> reports(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target/surefire-reports"))) {
            return files.filter(file -> file.getFileName().toString().startsWith("TEST-")).toList();
        }
    }

}
