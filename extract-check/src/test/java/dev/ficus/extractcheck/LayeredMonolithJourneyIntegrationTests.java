package dev.ficus.extractcheck;

import dev.ficus.startup.FreePorts;
import static dev.ficus.extractcheck.FicusCli.ficus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.testsupport.OfflineMaven;
import dev.ficus.testsupport.RunningApp;
import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The journey on a monolith Ficus did not shape: {@code fixtures/layered-library},
 * written package-by-layer (controller, service, repository, domain), without Spring
 * Modulith, its JPA entities shared across features and one transaction spanning loans
 * and fines. With Ficus's own commands only: analyze, plan, extract {@code members}
 * (picked by name), the generated project built offline, the library and the service
 * started as processes, {@code migrate-data} from the plan, the route added to the
 * running gateway with the generated route file's paths ({@code ficus route add}), shadow
 * traffic with zero differences, then SERVICE mode answering reads and writes, and the
 * library rebuilt with the generated adapters asking the service through the subclass
 * that stands in for its {@code MemberService} class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LayeredMonolithJourneyIntegrationTests {

    private static final Path ROOT = Path.of(System.getProperty("ficus.root", "..")).toAbsolutePath().normalize();

    private static final String VERSION = System.getProperty("ficus.version", "0.1.0-SNAPSHOT");

    private static final Path FIXTURE = ROOT.resolve("fixtures/layered-library");

    private static final Path SHARED_REPOSITORY = Path
        .of(System.getProperty("ficus.maven-repository", System.getProperty("user.home") + "/.m2/repository"));

    private static final Path LOGS = Path.of(System.getProperty("ficus.log-dir", "target/extract-logs"))
        .toAbsolutePath()
        .resolve("layered");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static final String CANDIDATE = "members";

    /** What the generated calls into a service need that the library's build lacks. */
    private static final List<String> CALL_LIBRARIES = List.of("spring-boot-restclient", "spring-boot-http-client",
            "spring-boot-http-converter", "resilience4j-[a-z]+", "httpclient5", "httpcore5(-h2)?");

    /**
     * Reads the shadow compares: members of the seed data, and one that does not exist.
     */
    private static final List<String> READS = List.of("/api/members/1", "/api/members/2", "/api/members/3",
            "/api/members/999");

    private final Path work = Path.of("target/layered-work").toAbsolutePath();

    private final String adminToken = "layered-check-token";

    private final List<RunningApp> apps = new ArrayList<>();

    private RunningApp library;

    private RunningApp service;

    private RunningApp gateway;

    private int adminPort;

    private Path plan;

    private String migrateOutput = "";

    @BeforeAll
    void extractBuildStartAndMoveTheData() throws Exception {
        Folders.deleteTree(work);
        Path out = work.resolve("ficus-out");
        ficus("analyze", FIXTURE.toString(), "--out", out.toString(), "--quiet");
        ficus("plan", FIXTURE.toString(), "--analysis", out.resolve("analysis.json").toString(), "--out",
                out.toString());
        plan = out.resolve("plan.json");
        ficus("extract", CANDIDATE, "--plan", plan.toString(), "--out", serviceProject().toString(), "--monolith-jar",
                FIXTURE.resolve("target/layered-library-" + VERSION + ".jar").toString());

        OfflineMaven maven = new OfflineMaven(ROOT, work.resolve("m2"), SHARED_REPOSITORY, LOGS);
        maven.publishFicusLibraries(VERSION);
        OfflineMaven.Run build = maven.start(serviceProject().resolve("pom.xml"), CANDIDATE + "-build", "package",
                "-DskipTests");
        library = started(
                RunningApp.start("layered-library", FIXTURE.resolve("target/layered-library-" + VERSION + "-exec.jar"),
                        LOGS, FreePorts.next(), "--library.data-dir=" + work.resolve("data/library")));
        adminPort = FreePorts.next();
        gateway = started(RunningApp.start("layered-gateway",
                ROOT.resolve("strangler-gateway/target/strangler-gateway-" + VERSION + ".jar"), LOGS, FreePorts.next(),
                "--ficus.gateway.monolith-url=" + library.url(),
                "--ficus.gateway.state-file=" + work.resolve("gateway/state.json"),
                "--ficus.gateway.admin.port=" + adminPort, "--ficus.gateway.admin-token=" + adminToken,
                // a loaded build machine answers the service's first, cold write slower
                // than the 2 s default
                "--ficus.gateway.fallback.timeout=20s"));
        build.assertSucceeded();
        service = started(RunningApp.start(CANDIDATE + "-service",
                serviceProject().resolve("target/" + CANDIDATE + "-service-0.1.0-SNAPSHOT.jar"), LOGS, FreePorts.next(),
                "--ficus.data-dir=" + work.resolve("data/service"), "--ficus.monolith.url=" + library.url()));
        library.awaitReady("/actuator/health", START_TIMEOUT);
        service.awaitReady("/actuator/health", START_TIMEOUT);
        migrateOutput = migrateData();
        gateway.awaitReady("/actuator/health", START_TIMEOUT);
        // the generated route file names the service's default port; this one runs on a
        // free port, so the route is
        // added to the running gateway with the paths the file gives, as the generated
        // README's other way says
        ficus("route", "add", CANDIDATE, "--paths", generatedRoute("paths"), "--service-url", service.url(),
                "--gateway", adminUrl(), "--token", adminToken);
        ficus("route", "set", CANDIDATE, "--mode", "shadow", "--gateway", adminUrl(), "--token", adminToken);
    }

    @AfterAll
    void stop() throws InterruptedException {
        for (RunningApp app : apps) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void planSaysWhereTheSharedEntitiesAndTheCycleStand() throws IOException {
        String planJson = Files.readString(plan);

        assertThat(planJson).contains("\"name\" : \"members\"", "\"name\" : \"fines\"", "\"name\" : \"loans\"");
        assertThat(planJson).contains("Member is a JPA entity that");
        assertThat(planJson).doesNotContain("/internal/members/get-id");
        assertThat(planJson).contains("fines and loans call each other in a cycle");
    }

    @Test
    @Order(2)
    void migrateDataCopiesTheCandidatesTableFromThePlanWithEqualCountsAndChecksums() {
        assertThat(migrateOutput).containsPattern("member +3 +3 +(\\p{XDigit}{16}) +\\1 +match");
    }

    @Test
    @Order(3)
    void serviceAnswersLikeTheLibraryForTheMovedData() throws Exception {
        for (String read : READS) {
            HttpResponse<String> fromService = service.get(read);
            HttpResponse<String> fromLibrary = library.get(read);

            assertThat(fromService.statusCode()).as(read).isEqualTo(fromLibrary.statusCode());
            assertThat(fromService.body()).as(read).isEqualTo(fromLibrary.body());
        }
        assertThat(service.get("/api/members/1").body()).contains("\"name\":\"Ada Lovelace\"");
        assertThat(service.get("/api/loans?memberId=1").statusCode())
            .as("the other features' controllers share the layer package but stay in the library")
            .isEqualTo(404);
        assertThat(library.get("/api/loans?memberId=1").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void gatewayShadowsTheGeneratedRouteWithNoDifference() throws Exception {
        for (String read : READS) {
            HttpResponse<String> answer = gateway.get(read);
            assertThat(answer.statusCode()).as(read).isEqualTo(library.get(read).statusCode());
        }
        String report = awaitShadowCompared(READS.size());

        assertThat(report).contains("\"compared\":" + READS.size(), "\"differing\":0", "\"failed\":0");
    }

    @Test
    @Order(5)
    void serviceModeAnswersReadsAndWritesFromTheServicesDatabase() throws Exception {
        ficus("route", "set", CANDIDATE, "--mode", "service", "--gateway", adminUrl(), "--token", adminToken);

        HttpResponse<String> registered = gateway.post("/api/members",
                "{\"name\":\"Barbara Liskov\",\"email\":\"barbara@example.org\"}");

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(registered.body()).contains("\"id\":4");
        assertThat(service.get("/api/members/4").body()).contains("Barbara Liskov");
        assertThat(library.get("/api/members/4").statusCode()).isEqualTo(404);
        assertThat(gateway.get("/api/members/4").body()).contains("Barbara Liskov");
    }

    @Test
    @Order(6)
    void theLibraryRebuiltWithTheGeneratedAdaptersCallsTheServiceThroughTheSubclassStandingInForItsClass()
            throws Exception {
        Path rebuilt = MonolithAdapters.rebuild(FIXTURE.resolve("target/layered-library-" + VERSION + "-exec.jar"),
                FIXTURE.resolve("target/layered-library-" + VERSION + ".jar"),
                MonolithAdapters.sourcesUnder(serviceProject().resolve("monolith-adapters/src/main/java")),
                MonolithAdapters.librariesOf(
                        serviceProject().resolve("target/" + CANDIDATE + "-service-0.1.0-SNAPSHOT.jar"), CALL_LIBRARIES,
                        work.resolve("call-libraries")),
                work.resolve("library-with-adapters.jar"));
        RunningApp calling = started(RunningApp.start("layered-library-calling", rebuilt, LOGS, FreePorts.next(),
                "--library.data-dir=" + work.resolve("data/library-calling"),
                "--ficus.extracted." + CANDIDATE + ".url=" + service.url()));
        calling.awaitReady("/actuator/health", START_TIMEOUT);

        // registered in the service's own database by the step before: only the service
        // knows her, and the library's MemberController now asks it through
        // RemoteMemberService, the generated subclass of the class MemberService
        HttpResponse<String> member = calling.get("/api/members/4");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(200);
        assertThat(member.body()).contains("\"name\":\"Barbara Liskov\"");
        assertThat(calling.get("/api/loans?memberId=1").statusCode()).as("the library's own features still work")
            .isEqualTo(200);
    }

    private String awaitShadowCompared(int requests) throws Exception {
        RunningApp admin = RunningApp.attached("layered-gateway-admin", adminPort);
        String report = "";
        for (int attempt = 0; attempt < 40; attempt++) {
            report = admin.get("/admin/shadow/" + CANDIDATE, "Authorization", "Bearer " + adminToken).body();
            if (report.contains("\"compared\":" + requests)) {
                return report;
            }
            Thread.sleep(250);
        }
        return report;
    }

    /**
     * {@code ficus migrate-data} as the ficus script runs it: its own jar, its own
     * process.
     */
    private String migrateData() throws IOException, InterruptedException {
        Path log = LOGS.resolve("migrate-data.log");
        Process migrate = new ProcessBuilder("java", "-jar",
                ROOT.resolve("extracted-services/data-migration/target/data-migration-" + VERSION + "-exec.jar")
                    .toString(),
                "--plan", plan.toString(), "--capability", CANDIDATE, "--from",
                "jdbc:h2:file:" + work.resolve("data/library/library") + ";AUTO_SERVER=TRUE", "--from-user", "sa",
                "--to", "jdbc:h2:file:" + work.resolve("data/service/" + CANDIDATE) + ";AUTO_SERVER=TRUE", "--to-user",
                "sa")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        assertThat(migrate.waitFor()).as(Files.readString(log)).isZero();
        return Files.readString(log);
    }

    private String adminUrl() {
        return "http://127.0.0.1:" + adminPort;
    }

    /** A key of the route file {@code ficus extract} wrote for the candidate. */
    private String generatedRoute(String key) throws IOException {
        Properties route = new Properties();
        try (Reader in = Files.newBufferedReader(serviceProject().resolve("routes/" + CANDIDATE + ".properties"))) {
            route.load(in);
        }
        String value = route.getProperty("ficus.gateway.routes." + CANDIDATE + "." + key);
        assertThat(value).as("%s in the generated route file", key).isNotBlank();
        return value;
    }

    private RunningApp started(RunningApp app) {
        apps.add(app);
        return app;
    }

    private Path serviceProject() {
        return work.resolve("services/" + CANDIDATE + "-service");
    }

}
