package dev.ficus.bench.topology;

import dev.ficus.startup.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.FakeShopApp;

class RunningTopologyIntegrationTests {

    private static final JvmOptions SMALL_JVM = new JvmOptions(
            List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));

    @TempDir
    Path logs;

    @Test
    void startsEveryProcessMeasuresThemAndStopsThemOnClose() {
        int backend = FreePorts.next();
        int front = FreePorts.next();
        Topology topology = new Topology("pair", "front and backend",
                List.of(FakeShopApp.spec("backend", backend, "--ready-after-ms=700"), FakeShopApp.spec("front", front)),
                "front");
        List<ManagedProcess> processes;
        try (RunningTopology running = RunningTopology.start(topology, launcher())) {
            processes = running.processes();

            assertThat(running.startToReady()).containsOnlyKeys("backend", "front");
            assertThat(running.startToReady().keySet()).containsExactly("backend", "front");
            assertThat(running.startToReady().get("backend")).isGreaterThanOrEqualTo(Duration.ofMillis(700));
            assertThat(running.entry().baseUri().getPort()).isEqualTo(front);
            assertThat(processes).allMatch(ManagedProcess::isAlive);
            running.sample().forEach((name, usage) -> {
                assertThat(usage.cpuSeconds()).as(name).isGreaterThan(0);
                assertThat(usage.peakRssBytes()).as(name)
                    .isGreaterThan(10L << 20)
                    .isGreaterThanOrEqualTo(usage.rssBytes());
            });
            assertThat(running.unexpectedExits()).isEmpty();
        }
        assertThat(processes).noneMatch(ManagedProcess::isAlive);
    }

    @Test
    void reportsProcessThatExitsBeforeItIsReadyAndStopsTheOthers() {
        int firstPort = FreePorts.next();
        Topology topology = new Topology("broken", "second process fails", List.of(FakeShopApp.spec("first", firstPort),
                FakeShopApp.spec("second", FreePorts.next(), "--exit-before-ready=7")), "first");

        assertThatThrownBy(() -> RunningTopology.start(topology, launcher())).isInstanceOf(ProcessFailedException.class)
            .hasMessageContaining("second: exited with code 7 before it was ready")
            .hasMessageContaining("failing on purpose");
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), firstPort).close())
            .as("first process was stopped")
            .isInstanceOf(ConnectException.class);
    }

    @Test
    void reportsCrashedProcessButNotOneItKilledOnPurpose() throws Exception {
        Topology topology = new Topology("crashing", "one crashes, one is killed",
                List.of(FakeShopApp.spec("crasher", FreePorts.next(), "--crash-after-requests=1"),
                        FakeShopApp.spec("victim", FreePorts.next())),
                "victim");
        try (RunningTopology running = RunningTopology.start(topology, launcher())) {
            running.process("victim").orElseThrow().kill();
            ManagedProcess crasher = running.process("crasher").orElseThrow();
            int status = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + crasher.port() + "/api/orders/1"))
                    .build(), BodyHandlers.discarding())
                .statusCode();
            assertThat(status).isEqualTo(200);
            for (int i = 0; i < 50 && crasher.isAlive(); i++) {
                Thread.sleep(100);
            }

            assertThat(running.unexpectedExits()).containsExactly(entry("crasher", 3));
        }
    }

    @Test
    void launchesAKilledProcessAgainAtTheCpuPriorityItIsGiven() throws Exception {
        Topology topology = new Topology("one", "one process", List.of(FakeShopApp.spec("app", FreePorts.next())),
                "app");
        try (RunningTopology running = RunningTopology.start(topology, launcher())) {
            long first = running.process("app").orElseThrow().pid();
            int ownPriority = niceness(ProcessHandle.current().pid());
            assertThat(niceness(first)).isEqualTo(ownPriority);
            running.process("app").orElseThrow().kill();

            ManagedProcess again = running.restart("app", launcher().withNiceness(19));
            running.awaitReady("app", Duration.ofSeconds(60));

            assertThat(again.pid()).isNotEqualTo(first);
            assertThat(niceness(again.pid())).isEqualTo(19);
        }
    }

    /**
     * Field 19 of {@code /proc/PID/stat}, counted after the command name's parenthesis.
     */
    private static int niceness(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(afterName[16]);
    }

    private ProcessLauncher launcher() {
        return ProcessLauncher.of(SMALL_JVM, CpuAffinity.NONE, logs).withReadyTimeout(Duration.ofSeconds(60));
    }

}
