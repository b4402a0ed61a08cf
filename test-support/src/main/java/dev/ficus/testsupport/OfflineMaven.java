package dev.ficus.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Offline Maven runs on projects that {@code ficus extract} generated, as a user builds
 * them: Ficus's own libraries come from this reactor, published into a fresh local
 * repository; every other artifact is read from the shared one, which these runs never
 * write to.
 *
 * @param root the Ficus checkout (its {@code mvnw} runs the builds)
 * @param localRepository the fresh local repository
 * @param sharedRepository the repository third-party artifacts are read from
 * @param logs where each run's output goes
 */
public record OfflineMaven(Path root, Path localRepository, Path sharedRepository, Path logs) {

    /**
     * Publishes the Ficus libraries the generated projects depend on (parents,
     * event-sync, problem-details, shop-api) from the reactor's {@code target} folders.
     */
    public void publishFicusLibraries(String version) throws IOException {
        ReactorLibraries.publish(root, version, localRepository);
    }

    /**
     * Starts offline Maven on {@code pom}; the runs of several projects go side by side.
     */
    public Run start(Path pom, String logName, String... goals) throws IOException {
        return start(true, pom, logName, goals);
    }

    /**
     * Starts Maven on {@code pom}, online unless {@code offline}: a project built on
     * artifacts this reactor never uses (another Spring Boot release) downloads the
     * missing ones into the test's own repository, never into the shared one.
     */
    public Run start(boolean offline, Path pom, String logName, String... goals) throws IOException {
        List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-q",
                "-Dmaven.repo.local=" + localRepository, "-Dmaven.repo.local.tail=" + sharedRepository,
                // the project's lib/ repository is a folder: offline Maven may read it
                "-Daether.offline.protocols=file", "-f", pom.toString()));
        if (offline) {
            command.add(2, "-o");
        }
        command.addAll(List.of(goals));
        Files.createDirectories(logs);
        Path log = logs.resolve("maven-" + logName + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // a build of a few seconds spends much of its CPU in the JIT's second tier, which
        // it never wins back
        builder.environment().putIfAbsent("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        Process maven = builder.start();
        return new Run(String.join(" ", command), maven, log);
    }

    /**
     * A Maven run and where its output goes.
     *
     * @param command what was started
     * @param process the running Maven
     * @param log its output
     */
    public record Run(String command, Process process, Path log) {

        /**
         * Waits for the run; fails with the command and its output unless it succeeded.
         */
        public void assertSucceeded() throws IOException, InterruptedException {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new AssertionError(command + " exited with " + exit + "\n" + Files.readString(log));
            }
        }
    }

}
