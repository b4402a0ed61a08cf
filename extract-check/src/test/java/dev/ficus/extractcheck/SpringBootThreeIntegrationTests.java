package dev.ficus.extractcheck;

import static dev.ficus.extractcheck.FicusCli.ficus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.startup.FreePorts;
import dev.ficus.testsupport.OfflineMaven;
import dev.ficus.testsupport.RabbitBroker;
import dev.ficus.testsupport.RealServices;
import dev.ficus.testsupport.RunningApp;
import dev.ficus.testsupport.TestCertificates;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Spring Boot 3 monoliths, whose classes need a Spring Boot 3 service. The libraries
 * every generated service depends on (event-sync, caller-trust), built here on Spring
 * Boot 4, pass {@code fixtures/spring-boot-3-service}'s own tests on Spring Boot 3; and
 * the journey on {@code fixtures/spring-boot-3-shop}, a Spring Boot 3 monolith: analyze,
 * plan, extract {@code reviews}, the generated project built on Spring Boot 3, both
 * started, {@code migrate-data}, and the service answering as the monolith does.
 * <p>
 * Maven downloads the Spring Boot 3 artifacts this reactor does not use into the test's
 * own repository, unless it runs offline ({@code -o}), which then needs one online build
 * first.
 */
class SpringBootThreeIntegrationTests {

    private static final Path ROOT = Path.of(System.getProperty("ficus.root", "..")).toAbsolutePath().normalize();

    private static final String VERSION = System.getProperty("ficus.version", "0.1.0-SNAPSHOT");

    private static final Path SHARED_REPOSITORY = Path
        .of(System.getProperty("ficus.maven-repository", System.getProperty("user.home") + "/.m2/repository"));

    private static final Path LOGS = Path.of(System.getProperty("ficus.log-dir", "target/extract-logs"))
        .toAbsolutePath()
        .resolve("spring-boot-3");

    private static final boolean OFFLINE = System.getProperty("ficus.maven-offline", "offline=true")
        .equals("offline=true");

    private static final String BOOT_THREE = System.getProperty("spring-boot3.version", "3.5.7");

    /** The versions the fixtures' poms take from the command line. */
    private static final List<String> VERSIONS = List.of("-Dficus.version=" + VERSION,
            "-Dspring-boot3.version=" + BOOT_THREE, property("maven-resources-plugin.version"),
            property("maven-compiler-plugin.version"), property("maven-surefire-plugin.version"),
            property("maven-jar-plugin.version"), property("maven-install-plugin.version"));

    /** The library fixture's test classes and how many tests each has. */
    private static final List<String> LIBRARY_TESTS = List.of("OnSpringBootThreeTests 4",
            "RelayOnSpringBootThreeTests 1", "MutualTlsOnSpringBootThreeTests 1", "OwnBuilderOnSpringBootThreeTests 1");

    private static final Pattern COUNTS = Pattern
        .compile("<testsuite [^>]*?tests=\"(\\d+)\" errors=\"(\\d+)\" skipped=\"(\\d+)\" failures=\"(\\d+)\"");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path work = Path.of("target/spring-boot-3-work").toAbsolutePath();

    private final List<RunningApp> apps = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (RunningApp app : apps) {
            app.close();
        }
    }

    @Test
    void eventSyncAndCallerTrustPassTheirChecksInASpringBootThreeService() throws Exception {
        Path project = fixture("spring-boot-3-service");

        RabbitBroker broker = RealServices.rabbit();
        Folders.deleteTree(work.resolve("tls"));
        TestCertificates authority = TestCertificates.authority(Files.createDirectories(work.resolve("tls")),
                "fixture-ca");
        List<String> arguments = new ArrayList<>(List.of("-Dspring.rabbitmq.host=" + broker.host(),
                "-Dspring.rabbitmq.port=" + broker.port(), "-Dspring.rabbitmq.username=" + broker.username(),
                "-Dspring.rabbitmq.password=" + broker.password(),
                "-Dfixture.tls.password=" + TestCertificates.PASSWORD,
                "-Dfixture.tls.truststore=" + authority.trustStore(),
                "-Dfixture.tls.service=" + authority.issue("greetings"),
                "-Dfixture.tls.allowed=" + authority.issue("strangler-gateway"),
                "-Dfixture.tls.other=" + authority.issue("orders-service")));
        arguments.addAll(List.of(goals("test")));

        maven().start(OFFLINE, project.resolve("pom.xml"), "spring-boot-3-service", arguments.toArray(String[]::new))
            .assertSucceeded();

        for (String expected : LIBRARY_TESTS) {
            String[] nameAndCount = expected.split(" ");
            Path report = project
                .resolve("target/surefire-reports/TEST-dev.ficus.fixtures.bootthree." + nameAndCount[0] + ".xml");
            Matcher counts = COUNTS.matcher(Files.readString(report));
            assertThat(counts.find()).as(report.toString()).isTrue();
            assertThat(List.of(counts.group(1), counts.group(2), counts.group(3), counts.group(4)))
                .as(nameAndCount[0] + ": tests, errors, skipped, failures")
                .containsExactly(nameAndCount[1], "0", "0", "0");
        }
        assertThat(reports(project)).hasSize(LIBRARY_TESTS.size());
    }

    @Test
    void aCandidateOfASpringBootThreeMonolithRunsAsASpringBootThreeServiceAndAnswersAsTheMonolithDoes()
            throws Exception {
        Path shop = fixture("spring-boot-3-shop");
        // as a user's pom names its release
        Files.writeString(shop.resolve("pom.xml"),
                Files.readString(shop.resolve("pom.xml")).replace("${spring-boot3.version}", BOOT_THREE));
        OfflineMaven maven = maven();
        maven.start(OFFLINE, shop.resolve("pom.xml"), "spring-boot-3-shop", goals("package")).assertSucceeded();
        Path out = work.resolve("ficus-out");
        ficus("analyze", shop.toString(), "--out", out.toString(), "--quiet");
        ficus("plan", shop.toString(), "--analysis", out.resolve("analysis.json").toString(), "--out", out.toString());
        Path service = work.resolve("reviews-service");
        ficus("extract", "reviews", "--plan", out.resolve("plan.json").toString(), "--out", service.toString(),
                "--monolith-jar", shop.resolve("target/spring-boot-3-shop-0.1.0-SNAPSHOT.jar").toString());

        maven.start(OFFLINE, service.resolve("pom.xml"), "reviews-service", "package", "-DskipTests").assertSucceeded();

        Path serviceJar = service.resolve("target/reviews-service-0.1.0-SNAPSHOT.jar");
        try (JarFile jar = new JarFile(serviceJar.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Spring-Boot-Version")).isEqualTo(BOOT_THREE);
        }
        RunningApp monolith = started(RunningApp.start("spring-boot-3-shop",
                shop.resolve("target/spring-boot-3-shop-0.1.0-SNAPSHOT-exec.jar"), LOGS, FreePorts.next(),
                "--bootshop.data-dir=" + work.resolve("data/shop")));
        RunningApp reviews = started(RunningApp.start("reviews-service", serviceJar, LOGS, FreePorts.next(),
                "--ficus.data-dir=" + work.resolve("data/service"), "--ficus.monolith.url=" + monolith.url()));
        monolith.awaitReady("/actuator/health", START_TIMEOUT);
        reviews.awaitReady("/actuator/health", START_TIMEOUT);
        migrateReviews(out.resolve("plan.json"));

        for (String path : List.of("/api/reviews?book=1", "/api/reviews?book=2", "/api/reviews?book=3")) {
            HttpResponse<String> expected = monolith.get(path);
            HttpResponse<String> actual = reviews.get(path);
            assertThat(actual.statusCode()).as(path).isEqualTo(expected.statusCode()).isEqualTo(200);
            assertThat(actual.body()).as(path).isEqualTo(expected.body());
        }
        assertThat(reviews.get("/api/reviews?book=1").body()).contains("A classic.");
    }

    private void migrateReviews(Path plan) throws IOException, InterruptedException {
        Path log = LOGS.resolve("migrate-data.log");
        Process migrate = new ProcessBuilder("java", "-jar",
                ROOT.resolve("extracted-services/data-migration/target/data-migration-" + VERSION + "-exec.jar")
                    .toString(),
                "--plan", plan.toString(), "--capability", "reviews", "--from",
                "jdbc:h2:file:" + work.resolve("data/shop/bootshop") + ";AUTO_SERVER=TRUE", "--from-user", "sa", "--to",
                "jdbc:h2:file:" + work.resolve("data/service/reviews") + ";AUTO_SERVER=TRUE", "--to-user", "sa")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        assertThat(migrate.waitFor()).as(Files.readString(log)).isZero();
    }

    private RunningApp started(RunningApp app) {
        apps.add(app);
        return app;
    }

    /**
     * A fresh copy of the fixture's sources; the test's own repository stays, with the
     * Spring Boot 3 artifacts an online build downloaded for the next build, online or
     * not.
     */
    private Path fixture(String name) throws IOException {
        return Folders.copySources(ROOT.resolve("fixtures").resolve(name), work.resolve(name));
    }

    private OfflineMaven maven() throws IOException {
        Folders.deleteTree(work.resolve("ficus-out"));
        Folders.deleteTree(work.resolve("reviews-service"));
        Folders.deleteTree(work.resolve("data"));
        OfflineMaven maven = new OfflineMaven(ROOT, work.resolve("m2"), SHARED_REPOSITORY, LOGS);
        maven.publishFicusLibraries(VERSION);
        return maven;
    }

    private static String[] goals(String goal) {
        List<String> arguments = new ArrayList<>(VERSIONS);
        arguments.add(goal);
        return arguments.toArray(String[]::new);
    }

    private static String property(String name) {
        return "-D" + name + "=" + System.getProperty(name);
    }

    private static List<Path> reports(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target/surefire-reports"))) {
            return files.filter(file -> file.getFileName().toString().startsWith("TEST-")).toList();
        }
    }

}
