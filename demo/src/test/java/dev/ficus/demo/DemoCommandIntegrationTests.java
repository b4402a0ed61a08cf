package dev.ficus.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The demo end to end with the real applications, as separate JVMs on free ports: every
 * step proves what it says, Ctrl-C leaves nothing running, a mistake is one line. Its
 * timing is printed, not asserted.
 */
class DemoCommandIntegrationTests {

    /** Surefire runs in the module directory; the sample and the jars are siblings. */
    private static final Path REPOSITORY_ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Pattern PORT = Pattern.compile(":(\\d{4,5})\\b");

    @TempDir
    Path temporary;

    private final StringWriter stdout = new StringWriter();

    private final StringWriter stderr = new StringWriter();

    @Test
    void movesInventoryToItsServiceAndProvesEveryStep() throws Exception {
        Path out = temporary.resolve("ficus-demo");
        long started = System.nanoTime();
        int exitCode = run("--out", out.toString(), "--root", REPOSITORY_ROOT.toString());
        System.out.printf("%s(demo took %.0f s)%n", stdout, (System.nanoTime() - started) / 1e9);

        assertThat(exitCode).as(stdout + "\n" + stderr).isZero();
        assertThat(stderr.toString()).isEmpty();
        String output = stdout.toString();
        assertThat(stepLines(output)).hasSize(10);
        assertThat(line(output, " 2/10 plan ")).contains("1. inventory", "2. notifications");
        assertThat(output).contains("moving inventory (rank 1,", "the plan's first candidate");
        assertThat(line(output, " 4/10 data ")).contains("copied 3 tables, 2000 rows");
        assertMigrationProof(output);
        assertThat(line(output, " 5/10 shadow ")).contains("100 compared, 0 differ (diff rate 0.000), 0 failed");
        assertThat(output).contains("SHADOW 0% -> CANARY 5%: rollout started at weight 5")
            .contains("CANARY 5% -> CANARY 25%: rollout advanced from weight 5 after 20 service requests, "
                    + "error rate 0.000")
            .contains("CANARY 25% -> CANARY 50%: rollout advanced from weight 25 after 20 service requests, "
                    + "error rate 0.000")
            .contains("CANARY 50% -> SERVICE 100%: rollout advanced from weight 50 after 20 service requests, "
                    + "error rate 0.000")
            .contains("service at 100 %: mode SERVICE, GET /api/inventory/5 served by service");
        assertReservedOnTheService(line(output, " 8/10 switch "));
        assertThat(output).containsPattern("monolith alone \\(inventory in-process\\): 200 requests, 0 errors")
            .containsPattern("gateway -> inventory-service \\+ monolith calling it: 200 requests, 0 errors");
        assertThat(Files.readString(out.resolve("index.html"))).contains("href=\"analysis/report.html\"",
                "href=\"plan/plan.md\"", "href=\"dashboard.html\"", "href=\"comparison.md\"",
                "<code>182878e1db6e947a</code>");
        assertThat(out.resolve("analysis/report.html")).isNotEmptyFile();
        assertThat(out.resolve("plan/plan.md")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("dashboard.json"))).contains("\"name\" : \"inventory\"");
        assertThat(Files.readString(out.resolve("comparison.md"))).contains("short run of the benchmark's method");
        assertNothingLeft(output);
    }

    @Test
    void stopsEveryProcessItStartedOnCtrlC() throws Exception {
        Path out = temporary.resolve("interrupted");
        Process demo = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                DemoCommand.class.getName(), "--out", out.toString(), "--root", REPOSITORY_ROOT.toString())
            .redirectErrorStream(true)
            .redirectOutput(temporary.resolve("interrupted.log").toFile())
            .start();
        List<ProcessHandle> started = awaitStartedApplications(demo);
        List<Integer> ports = ports(started);

        new ProcessBuilder("kill", "-INT", String.valueOf(demo.pid())).start().waitFor();

        assertThat(demo.waitFor(2, TimeUnit.MINUTES)).as("the demo ended").isTrue();
        String log = Files.readString(temporary.resolve("interrupted.log"));
        System.out.println(log);
        assertThat(demo.exitValue()).isEqualTo(130);
        assertThat(log).contains("demo: interrupted at step 3 (start); stopping every process it started");
        assertThat(started).hasSize(3).noneMatch(ProcessHandle::isAlive);
        assertThat(ports).hasSize(3).allMatch(DemoCommandIntegrationTests::free);
    }

    @Test
    void saysWhichStepFailedAndWhereItsLogIsAndStopsEverything() throws Exception {
        Path checkout = checkoutWithBrokenService();
        Path out = temporary.resolve("failed");

        int exitCode = run("--out", out.toString(), "--root", checkout.toString());

        System.out.println(stdout + "" + stderr);
        Path log = out.resolve("logs/inventory-service.log");
        assertThat(exitCode).isEqualTo(1);
        assertThat(stderr.toString().lines()).containsExactly(
                "demo: step 3/10 (start) failed: inventory-service: exited with code 1 before it was ready; last "
                        + "lines of " + log.toAbsolutePath() + ":",
                "demo: its log: " + log, "demo: stopping every process it started");
        assertThat(out.resolve("logs/monolith.log")).exists();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left running")
            .isEmpty();
    }

    @Test
    void refusesAFolderItDidNotWriteWithOneLine() throws Exception {
        Files.writeString(temporary.resolve("notes.txt"), "mine");

        int exitCode = run("--out", temporary.toString(), "--root", REPOSITORY_ROOT.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString())
            .isEqualTo("demo: " + temporary + " exists and was not written by ficus demo; pass --out\n");
        assertThat(temporary.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void refusesACandidateWithoutAServiceBeforeStartingAnything() {
        int exitCode = run("--out", temporary.resolve("demo").toString(), "--root", REPOSITORY_ROOT.toString(),
                "--candidate", "notifications");

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("demo: --candidate notifications: no service to run yet; "
                + "ficus extract will build one; runnable: inventory\n");
        assertThat(ProcessHandle.current().descendants()).isEmpty();
    }

    /**
     * A checkout with the sample's sources and the real monolith and gateway jars, but an
     * inventory-service jar that is not one: the service exits as soon as it starts.
     */
    private Path checkoutWithBrokenService() throws IOException {
        Path checkout = temporary.resolve("checkout");
        Path sources = REPOSITORY_ROOT.resolve("monolith-app/src");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = checkout.resolve("monolith-app/src").resolve(sources.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        link(checkout, "monolith-app/target/monolith-app-0.1.0-SNAPSHOT-exec.jar");
        link(checkout, "strangler-gateway/target/strangler-gateway-0.1.0-SNAPSHOT.jar");
        Path broken = checkout
            .resolve("extracted-services/inventory-service/target/inventory-service-0.1.0-SNAPSHOT-exec.jar");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "not a jar");
        return checkout;
    }

    private static void link(Path checkout, String jar) throws IOException {
        Path link = checkout.resolve(jar);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, REPOSITORY_ROOT.resolve(jar));
    }

    private int run(String... arguments) {
        CommandLine command = DemoCommand.commandLine();
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));
        return command.execute(arguments);
    }

    private static void assertMigrationProof(String output) {
        Matcher rows = Pattern
            .compile("(inventory_\\w+)\\s+(\\d+)\\s+(\\d+)\\s+([0-9a-f]{16})\\s+([0-9a-f]{16})\\s+match")
            .matcher(output);
        List<String> tables = new ArrayList<>();
        while (rows.find()) {
            tables.add(rows.group(1));
            assertThat(rows.group(3)).as(rows.group(1) + " rows").isEqualTo(rows.group(2));
            assertThat(rows.group(5)).as(rows.group(1) + " checksum").isEqualTo(rows.group(4));
        }
        assertThat(tables).containsExactly("inventory_stock", "inventory_reservation", "inventory_known_product");
        assertThat(output).containsPattern("inventory_stock\\s+1000\\s+1000\\s");
    }

    private static void assertReservedOnTheService(String line) {
        Matcher reserved = Pattern.compile("reserved (\\d+) -> (\\d+)").matcher(line);
        assertThat(reserved.find()).as(line).isTrue();
        assertThat(Integer.parseInt(reserved.group(2))).isEqualTo(Integer.parseInt(reserved.group(1)) + 1);
    }

    /** Every process the demo started has ended and every port it printed is free. */
    private static void assertNothingLeft(String output) {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left running")
            .isEmpty();
        Matcher ports = PORT.matcher(line(output, " 3/10 start ") + line(output, "live dashboard"));
        int found = 0;
        while (ports.find()) {
            found++;
            assertThat(free(Integer.parseInt(ports.group(1)))).as("port " + ports.group(1) + " free").isTrue();
        }
        assertThat(found).isEqualTo(4);
    }

    private static List<String> stepLines(String output) {
        return output.lines().filter(line -> line.matches("\\[\\s*\\d+s\\]\\s+\\d+/10 .*")).toList();
    }

    private static String line(String output, String containing) {
        return output.lines().filter(line -> line.contains(containing)).findFirst().orElse("");
    }

    /** Waits until the demo has launched the monolith, the service and the gateway. */
    private static List<ProcessHandle> awaitStartedApplications(Process demo) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && demo.isAlive()) {
            List<ProcessHandle> children = demo.children().filter(child -> !ports(List.of(child)).isEmpty()).toList();
            if (children.size() == 3) {
                Thread.sleep(2_000);
                return children;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the demo did not launch three applications");
    }

    private static List<Integer> ports(List<ProcessHandle> processes) {
        return processes.stream()
            .flatMap(process -> process.info().arguments().map(Stream::of).orElseGet(Stream::empty))
            .filter(argument -> argument.startsWith("--server.port="))
            .map(argument -> Integer.parseInt(argument.substring("--server.port=".length())))
            .toList();
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
