package dev.ficus.bench.redeploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench redeploy --quick} end to end with the real applications on PostgreSQL: the
 * monolith alone restarted, then two monolith instances behind the gateway rolled. The
 * figures are not judged, but they must hang together: a restarted process has a new pid
 * and served requests after, the monolith alone fails requests only while it is down, and
 * every failure is on the timeline.
 */
class RedeployCommandIntegrationTests {

    /**
     * Surefire runs in the module directory; the applications' jars sit in sibling
     * modules.
     */
    private static final Path REPOSITORY_ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();

    private final StringWriter stderr = new StringWriter();

    @Test
    void quickRunRestartsTheMonolithAloneAndRollsTwoMonolithInstancesBehindTheGateway() throws Exception {
        int exitCode = run("redeploy", "--quick", "--case", "monolith,gateway-monoliths", "--root",
                REPOSITORY_ROOT.toString(), "--out", out.toString());

        System.out.println(stdout);
        assertThat(exitCode).as(stdout + "\n" + stderr).isZero();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left running")
            .isEmpty();
        assertThat(stdout.toString()).containsPattern("bench redeploy: about \\d+ min for \\[monolith, "
                + "gateway-monoliths\\], 1 redeploy\\(s\\) each at 20 req/s");
        JsonNode report = RedeployCommand.JSON.readTree(out.resolve(RedeployCommand.JSON_FILE).toFile());
        assertThat(report.path("provenance").path("commit").asString()).isNotBlank();
        assertThat(report.path("machine").path("cores").asInt()).isPositive();
        assertThat(report.path("quick").asBoolean()).isTrue();
        assertThat(report.path("cases").size()).isEqualTo(2);

        JsonNode alone = report.path("cases").get(0).path("repeats").get(0);
        JsonNode restart = alone.path("steps").get(0);
        assertThat(restart.path("process").asString()).isEqualTo("monolith");
        assertRestarted(restart);
        assertThat(alone.path("failed").asLong()).as("requests failed while the only monolith was down").isPositive();
        assertThat(alone.path("failingEndpoints").size()).as("every endpoint is the monolith's").isGreaterThan(1);
        assertEveryFailureIsOnTheTimelineWhileTheMonolithWasDown(alone);

        JsonNode rolled = report.path("cases").get(1).path("repeats").get(0);
        JsonNode first = rolled.path("steps").get(0);
        JsonNode second = rolled.path("steps").get(1);
        assertThat(List.of(first.path("process").asString(), second.path("process").asString()))
            .containsExactly("monolith", "monolith-2");
        assertRestarted(first);
        assertRestarted(second);
        assertThat(second.path("stopAtMillis").asLong()).as("the second is stopped once the first is ready")
            .isGreaterThanOrEqualTo(first.path("readyAtMillis").asLong());
        assertThat(rolled.path("wallMillis").asLong())
            .isEqualTo(second.path("readyAtMillis").asLong() - first.path("stopAtMillis").asLong());
        assertThat(rolled.path("requests").asLong()).isPositive();

        String markdown = Files.readString(out.resolve(RedeployCommand.MARKDOWN_FILE));
        assertThat(markdown).contains("**`--quick` harness check")
            .contains("| monolith alone, restarted | monolith |")
            .contains("| gateway -> 2 monolith instances, rolling restart | monolith, monolith-2 |")
            .contains(report.path("conclusion").asString());
    }

    private static void assertRestarted(JsonNode step) {
        assertThat(step.path("newPid").asLong()).as("a new process")
            .isPositive()
            .isNotEqualTo(step.path("oldPid").asLong());
        assertThat(step.path("exitCode").asInt()).as("the JVM handled SIGTERM").isEqualTo(143);
        assertThat(step.path("servedRequests").asLong()).as("the restarted process served the load").isPositive();
        assertThat(step.path("readyAtMillis").asLong()).isGreaterThan(step.path("exitedAtMillis").asLong());
    }

    private static void assertEveryFailureIsOnTheTimelineWhileTheMonolithWasDown(JsonNode repeat) {
        long stop = repeat.path("firstStopAtMillis").asLong();
        long ready = repeat.path("lastReadyAtMillis").asLong();
        long onTimeline = 0;
        long unfinished = 0;
        List<Long> failingAt = new ArrayList<>();
        for (JsonNode endpoint : repeat.path("endpoints")) {
            unfinished += endpoint.path("failedBy").path(EndpointFailures.UNFINISHED).asLong(0);
            for (JsonNode bucket : endpoint.path("failingBuckets")) {
                onTimeline += bucket.path("failed").asLong() + bucket.path("wrong").asLong();
                failingAt.add(bucket.path("atMillis").asLong());
            }
        }
        assertThat(onTimeline + unfinished).isEqualTo(repeat.path("failed").asLong() + repeat.path("wrong").asLong());
        assertThat(failingAt).allSatisfy(at -> assertThat(at).isBetween(stop - 250, ready + 2_000));
        assertThat(repeat.path("failingMillis").asLong()).isPositive().isLessThanOrEqualTo(ready - stop + 2_500);
    }

    @Test
    void rejectsUnknownCaseWithOneLineAndExitCodeTwo() {
        assertThat(run("redeploy", "--case", "gateway", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("bench redeploy: --case must name monolith, gateway-monoliths or "
                + "inventory-services, got gateway\n");
        assertThat(out.resolve(RedeployCommand.JSON_FILE)).doesNotExist();
    }

    @Test
    void rejectsRepeatsOutOfRangeWithOneLineAndExitCodeTwo() {
        assertThat(run("redeploy", "--repeats", "0", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("bench redeploy: --repeats must be between 1 and 10, got 0\n");
    }

    @Test
    void rejectsCheckoutWithoutJarsWithOneLineAndExitCodeTwo() {
        assertThat(run("redeploy", "--quick", "--root", out.toString(), "--out", out.resolve("r").toString()))
            .isEqualTo(2);
        assertThat(stderr.toString()).startsWith("bench redeploy: no runnable jars under ").hasLineCount(1);
        assertThat(out.resolve("r")).doesNotExist();
    }

    private int run(String... arguments) {
        CommandLine command = new CommandLine(new dev.ficus.bench.cli.BenchCommand());
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));
        return command.execute(arguments);
    }

}
