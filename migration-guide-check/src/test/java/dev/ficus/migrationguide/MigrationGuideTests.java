package dev.ficus.migrationguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ficus.startup.FreePorts;
import dev.ficus.testsupport.ReactorLibraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs docs/MIGRATION-GUIDE.md as a reader would, from the repository root against the
 * jars the build made, and checks that it reaches what it promises: the plan's top
 * candidate is the one the guide extracts and rolls out, every command printed what the
 * guide says it prints, the rollout ends with the capability in SERVICE mode, and the
 * gateway's answer then comes from the service. The guide names every port it uses (the
 * sample's defaults, for readability); the check moves them to free ones, so that it
 * neither needs those ports nor collides with whatever else runs on the machine. Maven
 * runs offline on a local repository of the check's own, holding the Ficus libraries this
 * reactor built, in front of the shared one (read only). Every JVM the guide starts (its
 * servers, Maven, ficus) compiles with C1 only, which starts it faster and changes
 * nothing it prints. The blocks that need RabbitMQ (step 12, the monolith calling the
 * service) run when a broker answers at {@value GuideBroker#ADDRESS} (or
 * {@code -Dficus.guide.rabbitmq=host:port}), on an exchange and a queue of this run;
 * without one they are left out and their test is skipped, saying so. The guide runs once
 * for both tests.
 */
class MigrationGuideTests {

    private static final Path ROOT = Path.of(System.getProperty("ficus.guide.root", "..")).toAbsolutePath().normalize();

    private static final String VERSION = System.getProperty("ficus.guide.version", "0.1.0-SNAPSHOT");

    private static final Path LOG_DIR = Path.of(System.getProperty("ficus.guide.log-dir", "target/guide-logs"));

    private static final Path GUIDE = ROOT.resolve("docs/MIGRATION-GUIDE.md");

    private static final Path SHARED_REPOSITORY = Path
        .of(System.getProperty("ficus.guide.maven-repository", System.getProperty("user.home") + "/.m2/repository"));

    private static final Path REPOSITORY = Path.of(System.getProperty("ficus.guide.repository", "target/guide-m2"))
        .toAbsolutePath();

    /**
     * The ports the guide uses: monolith, extracted service, gateway, gateway's admin
     * API.
     */
    private static final List<Integer> GUIDE_PORTS = List.of(8080, 8101, 8000, 8001);

    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    /** The tag of the guide's blocks that need RabbitMQ ({@link GuideBroker}). */
    private static final String BROKER_TAG = "rabbitmq";

    private static final String BROKER = System.getProperty("ficus.guide.rabbitmq", GuideBroker.ADDRESS);

    private static final Pattern SERVED_BY_SERVICE = Pattern.compile("(?im)^X-Ficus-Served-By: service\\s*$");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Given to the servers the guide starts and to the builds it runs: C1-only
     * compilation about halves a start's CPU (three servers start at once in step 6);
     * what they answer is the same.
     */
    private static final String QUICK_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    @BeforeAll
    static void theJarsAreBuilt() {
        List<Path> jars = List.of(ROOT.resolve("analyzer/target/ficus-cli.jar"),
                ROOT.resolve("monolith-app/target/monolith-app-" + VERSION + "-exec.jar"),
                ROOT.resolve("monolith-app/target/monolith-app-" + VERSION + ".jar"),
                ROOT.resolve("extracted-services/data-migration/target/data-migration-" + VERSION + "-exec.jar"),
                ROOT.resolve("strangler-gateway/target/strangler-gateway-" + VERSION + ".jar"));
        List<Path> missing = jars.stream().filter(jar -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            fail("the guide runs jars that are not built: " + missing + "; build them first: ./mvnw -B -pl "
                    + "analyzer,monolith-app,extracted-services/data-migration,extracted-services/event-sync,"
                    + "strangler-gateway -am package -DskipTests");
        }
    }

    /**
     * The guide as run: blocks tagged {@value #BROKER_TAG} left out when no broker
     * answers (then {@code brokerMissing} says why).
     */
    private record GuideRun(GuideBlocks guide, GuideSession.Transcript transcript, String extracted,
            Optional<String> brokerMissing) {
    }

    private static @Nullable GuideRun run;

    private static boolean started;

    @Test
    void takesAPlanCandidateToAServiceServingAllItsTraffic() throws Exception {
        GuideRun run = guideRun();
        GuideBlocks guide = run.guide();
        GuideSession.Transcript transcript = run.transcript();
        String capability = guide.firstMatch("route rollout (\\S+)");

        assertEveryBlockSucceeded(guide, transcript);
        assertEveryBlockPrintedWhatTheGuideShows(guide, transcript);
        assertThat(candidateRanked(2)).as("rank 2 of ficus-out/plan.json, the repository's hand-written service")
            .isEqualTo("inventory");
        assertThat(candidateRanked(1)).as("rank 1 of ficus-out/plan.json, the candidate the guide extracts")
            .isEqualTo(run.extracted())
            .isEqualTo(capability);
        GuideBlocks.Block last = guide.lastContaining("route list");
        assertThat(transcript.outputOf(last))
            .as("output of the guide's last 'route list' (block at line %d)", last.line())
            .containsPattern(Pattern.compile("(?m)^" + capability + "\\s+SERVICE\\s+100%"))
            .as("the gateway's answer after the rollout (block at line %d)", last.line())
            .containsPattern(SERVED_BY_SERVICE);
    }

    /**
     * Step 12: after the monolith's restart with the generated adapters, an order placed
     * through it reaches the service over the broker, which writes exactly one
     * notification per event itself (the gateway, at SERVICE 100 %, answers from the
     * service) with the address the service asked the monolith for.
     */
    @Test
    void letsTheMonolithCallTheServiceOverTheBroker() throws Exception {
        GuideRun run = guideRun();
        assumeTrue(run.brokerMissing().isEmpty(),
                () -> "step 12 of the guide (the monolith calling the service) not run: " + run.brokerMissing().get());
        assertEveryBlockSucceeded(run.guide(), run.transcript());
        List<GuideBlocks.Block> step = run.guide().tagged(BROKER_TAG);
        assertThat(step).as("blocks of the guide tagged %s", BROKER_TAG).isNotEmpty();
        GuideBlocks.Block last = step.get(step.size() - 1);
        String output = run.transcript().outputOf(last);
        Matcher order = Pattern.compile("(?m)^order (\\d+)$").matcher(output);
        assertThat(order.find()).as("the order placed after the restart (block at line %d): %s", last.line(), output)
            .isTrue();
        long orderId = Long.parseLong(order.group(1));
        assertThat(output).as("the gateway's answer (block at line %d)", last.line())
            .containsPattern(SERVED_BY_SERVICE);
        JsonNode answer = JSON
            .readTree(output.lines().filter(line -> line.startsWith("[")).reduce((a, b) -> b).orElse("[]"));
        List<String> forOrder = new ArrayList<>();
        answer.forEach(notification -> {
            if (notification.path("orderId").asLong() == orderId) {
                forOrder.add(notification.path("type").asString() + " to " + notification.path("recipient").asString());
            }
        });
        String recipient = answer.path(0).path("recipient").asString();
        assertThat(forOrder).as("the service's notifications of order %d", orderId)
            .containsExactly("ORDER_PLACED to " + recipient, "ORDER_SHIPPED to " + recipient);
        Path serviceLog = ROOT.resolve(".ficus/guide/" + run.extracted() + "-service.log");
        assertThat(Files.readAllLines(serviceLog))
            .as("lines of %s that record order %d's placement", serviceLog, orderId)
            .filteredOn(line -> line
                .contains("Notification ORDER_PLACED to " + recipient + ": Order " + orderId + " placed"))
            .hasSize(1);
    }

    private static synchronized GuideRun guideRun() throws Exception {
        if (run == null) {
            if (started) {
                fail("the guide's run failed before it ended: see the other test of " + GUIDE.getFileName());
            }
            started = true;
            run = runGuide();
        }
        return run;
    }

    private static GuideRun runGuide() throws Exception {
        GuideBlocks guide = GuideBlocks.parse(Files.readString(GUIDE))
            .withPorts(freePorts())
            .withJavaOptions(QUICK_START);
        String extracted = guide.firstMatch("ficus extract (\\S+)");
        assertThat(guide.uncheckedTextLines()).as("text blocks of the guide that are not expected output of a command")
            .isEmpty();
        ReactorLibraries.publish(ROOT, VERSION, REPOSITORY);
        Map<String, String> environment = new HashMap<>(Map.of("MAVEN_ARGS",
                "-o -Dmaven.repo.local=" + REPOSITORY + " -Dmaven.repo.local.tail=" + SHARED_REPOSITORY, "MAVEN_OPTS",
                QUICK_START, "FICUS_JAVA_OPTS", QUICK_START));
        StringBuilder whyNoBroker = new StringBuilder();
        Optional<GuideBroker> broker = GuideBroker.connect(BROKER, whyNoBroker);
        broker.ifPresent(b -> environment.putAll(b.environment(extracted)));
        GuideBlocks ran = broker.isPresent() ? guide : guide.withoutTagged(BROKER_TAG);
        if (broker.isEmpty()) {
            System.out.printf("guide blocks tagged %s left out: %s%n", BROKER_TAG, whyNoBroker);
        }
        GuideSession.Transcript transcript;
        try (GuideSession session = new GuideSession(LOG_DIR)) {
            transcript = session.run(ROOT, ran.blocks(), environment, TIMEOUT);
        }
        finally {
            if (broker.isPresent()) {
                broker.get().close();
            }
        }
        printTimes(ran, transcript);
        return new GuideRun(ran, transcript, extracted,
                broker.isPresent() ? Optional.empty() : Optional.of(whyNoBroker.toString()));
    }

    private static void assertEveryBlockPrintedWhatTheGuideShows(GuideBlocks guide,
            GuideSession.Transcript transcript) {
        assertThat(guide.mismatchesIn(transcript))
            .as("what the guide's commands printed (log: %s)", LOG_DIR.resolve("guide.log"))
            .isEmpty();
    }

    private static void assertEveryBlockSucceeded(GuideBlocks guide, GuideSession.Transcript transcript) {
        if (!transcript.finished()) {
            fail("the guide did not finish within " + TIMEOUT + "; log: " + LOG_DIR.resolve("guide.log") + "\n"
                    + tail(transcript.log()));
        }
        transcript.failedBlock().ifPresent(number -> {
            GuideBlocks.Block block = guide.blocks().get(number - 1);
            fail("guide block %d (line %d: %s) exited with %d (servers' logs: .ficus/guide/*.log); its output ends with:%n%s"
                .formatted(number, block.line(), block.firstLine(), transcript.exitCode(),
                        tail(transcript.outputOf(block))));
        });
        assertThat(transcript.exitCode()).as(tail(transcript.log())).isZero();
        assertThat(transcript.succeeded()).as("blocks that ran to the end")
            .hasSize(guide.blocks().size())
            .doesNotContainValue(false);
    }

    private static void printTimes(GuideBlocks guide, GuideSession.Transcript transcript) {
        transcript.succeeded().forEach((number, finished) -> {
            if (finished) {
                GuideBlocks.Block block = guide.blocks().get(number - 1);
                System.out.printf("guide block %2d (line %3d) %4d s  %s%n", number, block.line(),
                        transcript.seconds().get(number), block.firstLine());
            }
        });
    }

    private static String candidateRanked(int rank) throws IOException {
        JsonNode plan = JSON.readTree(Files.readString(ROOT.resolve("ficus-out/plan.json")));
        JsonNode candidate = plan.get("candidates").get(rank - 1);
        assertThat(candidate.get("rank").asInt()).isEqualTo(rank);
        return candidate.get("name").asString();
    }

    /**
     * A free port for each of the guide's, all different, from below the range the kernel
     * gives outgoing connections.
     */
    private static Map<Integer, Integer> freePorts() {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        GUIDE_PORTS.forEach(port -> ports.put(port, FreePorts.next()));
        return ports;
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

}
