package dev.ficus.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assumptions;

/**
 * Builds a kustomization with the machine's {@code kubectl kustomize}, the Kustomize
 * users apply with.
 */
final class Kustomize {

    private static final long TIMEOUT_SECONDS = 60;

    /**
     * The kubectl to run: the system property {@code ficus.kubectl}, else {@code kubectl}
     * from the PATH.
     */
    private static final String KUBECTL = System.getProperty("ficus.kubectl", "kubectl");

    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private Kustomize() {
    }

    /**
     * Skips the calling test, with a line on stderr (surefire shows it) saying nothing
     * was built, when {@code kubectl} does not run here.
     */
    static void assumeAvailable() {
        boolean available = Probe.AVAILABLE;
        if (!available && WARNED.compareAndSet(false, true)) {
            System.err.println("[deploy-check] WARNING: '" + KUBECTL + "' does not run here: the deploy/k8s overlays "
                    + "were NOT built or checked (install kubectl, or point -Dficus.kubectl at it)");
        }
        Assumptions.assumeTrue(available,
                "'" + KUBECTL + "' does not run here: the deploy/k8s overlays were NOT built or checked");
    }

    /** Asks kubectl once per test JVM, on first use. */
    private static final class Probe {

        static final boolean AVAILABLE = available();

    }

    /** Whether {@code kubectl} runs here. */
    static boolean available() {
        try {
            Process process = new ProcessBuilder(KUBECTL, "version", "--client").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The rendered YAML of the kustomization in {@code directory}; throws with kubectl's
     * message when it fails.
     */
    static String build(Path directory) {
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(KUBECTL, "kustomize", directory.toString())
                    .redirectError(errors.toFile())
                    .start();
                byte[] output = process.getInputStream().readAllBytes();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(
                            "kubectl kustomize " + directory + " took over " + TIMEOUT_SECONDS + " s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(
                            "kubectl kustomize " + directory + " failed: " + Files.readString(errors).strip());
                }
                return new String(output, StandardCharsets.UTF_8);
            }
            finally {
                Files.deleteIfExists(errors);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building " + directory, ex);
        }
    }

}
