package dev.ficus.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.ficus.analyzer.cli.FicusCommand;
import org.jspecify.annotations.Nullable;

/**
 * Makes the candidate's service as a user does: {@code ficus extract} (in this JVM, the
 * same command line), then the generated project built with offline Maven by the
 * checkout's {@code mvnw}. Ficus's own libraries come from the checkout's build,
 * published into the demo's own local repository; every other artifact is read from the
 * user's ({@code ~/.m2/repository}), which this build never writes to.
 */
final class ServiceExtraction {

    /**
     * The user's local Maven repository; a system property for builds that use another.
     */
    static final String SHARED_REPOSITORY_PROPERTY = "ficus.maven-repository";

    private static final String SHOP_API_VERSION = "1.1.0";

    private final Path checkout;

    private final Path repository;

    ServiceExtraction(Path checkout, Path out) {
        this.checkout = checkout;
        this.repository = out.toAbsolutePath().resolve("m2");
    }

    /**
     * Runs {@code ficus extract}; returns what it printed (files written, what needs the
     * user).
     */
    List<String> extract(RunnableService service, Path planFile, Path log) {
        InProcessCommand extract = InProcessCommand.run(FicusCommand.commandLine(), log, "extract",
                service.capability(), "--plan", planFile.toAbsolutePath().toString(), "--out",
                service.project().toString(), "--monolith-jar", monolithJar().toString());
        if (!extract.succeeded()) {
            throw new StepFailedException("ficus extract exited with " + extract.exitCode(), log);
        }
        return extract.output();
    }

    /** Builds the generated project with offline Maven; its output goes to the log. */
    void build(RunnableService service, Path log) {
        publishLibraries();
        Process maven = start(List.of(checkout.resolve("mvnw").toString(), "-B", "-o", "-q",
                "-Dmaven.repo.local=" + repository, "-Dmaven.repo.local.tail=" + sharedRepository(),
                // the project's lib/ repository is a folder: offline Maven may read it
                "-Daether.offline.protocols=file", "-f", service.project().resolve("pom.xml").toString(), "package",
                "-DskipTests"), log);
        Thread onCtrlC = new Thread(() -> stop(maven), "demo-stop-maven");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            int exit = maven.waitFor();
            if (exit != 0 || !Files.isRegularFile(service.jar())) {
                throw new StepFailedException("offline Maven build of " + service.project() + " exited with " + exit,
                        log);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new StepFailedException("interrupted", log);
        }
        finally {
            stop(maven);
            removeHook(onCtrlC);
        }
    }

    private Path monolithJar() {
        return require(checkout.resolve("monolith-app/target/monolith-app-" + ExtractedServices.VERSION + ".jar"));
    }

    /**
     * Ficus's parent poms and the libraries a generated service of the sample uses, as a
     * local Maven repository holds them.
     */
    private void publishLibraries() {
        String version = ExtractedServices.VERSION;
        publish(checkout.resolve("pom.xml"), null, "ficus-parent", version);
        publish(checkout.resolve("extracted-services/pom.xml"), null, "extracted-services", version);
        for (String library : List.of("event-sync", "problem-details", "caller-trust", "live-settings")) {
            Path module = checkout.resolve("extracted-services").resolve(library);
            publish(module.resolve("pom.xml"), module.resolve("target/" + library + "-" + version + ".jar"), library,
                    version);
        }
        publish(checkout.resolve("shop-api/pom.xml"),
                checkout.resolve("shop-api/target/shop-api-" + SHOP_API_VERSION + ".jar"), "shop-api",
                SHOP_API_VERSION);
    }

    private void publish(Path pom, @Nullable Path jar, String artifactId, String version) {
        Path folder = repository.resolve("dev/ficus").resolve(artifactId).resolve(version);
        try {
            Files.createDirectories(folder);
            Files.copy(require(pom), folder.resolve(artifactId + "-" + version + ".pom"),
                    StandardCopyOption.REPLACE_EXISTING);
            if (jar != null) {
                Files.copy(require(jar), folder.resolve(artifactId + "-" + version + ".jar"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot publish " + artifactId + " into " + repository, ex);
        }
    }

    private static Path require(Path built) {
        if (!Files.isRegularFile(built)) {
            throw new StepFailedException("no " + built + "; build the checkout first: ./mvnw -B package -DskipTests",
                    null);
        }
        return built;
    }

    private static Path sharedRepository() {
        return Path
            .of(System.getProperty(SHARED_REPOSITORY_PROPERTY, System.getProperty("user.home") + "/.m2/repository"));
    }

    private static Process start(List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "$ " + String.join(" ", command) + "\n");
            return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        }
        catch (IOException ex) {
            throw new StepFailedException("cannot start " + command.get(0) + ": " + ex.getMessage(), log);
        }
    }

    /**
     * Stops Maven and whatever it started; waits a little so nothing outlives the demo.
     */
    private static void stop(Process maven) {
        maven.descendants().forEach(ProcessHandle::destroy);
        maven.destroy();
        try {
            if (!maven.waitFor(10, TimeUnit.SECONDS)) {
                maven.descendants().forEach(ProcessHandle::destroyForcibly);
                maven.destroyForcibly();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (IllegalStateException ex) {
            // already shutting down: the hook runs
        }
    }

}
