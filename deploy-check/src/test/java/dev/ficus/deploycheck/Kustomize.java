package dev.ficus.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Builds a kustomization with the machine's {@code kubectl kustomize}, the Kustomize users apply with. */
final class Kustomize {

	private static final long TIMEOUT_SECONDS = 60;

	private Kustomize() {
	}

	/** Whether {@code kubectl} runs here. */
	static boolean available() {
		try {
			Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true)
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

	/** The rendered YAML of the kustomization in {@code directory}; throws with kubectl's message when it fails. */
	static String build(Path directory) {
		try {
			Path errors = Files.createTempFile("kustomize", ".err");
			try {
				Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString())
					.redirectError(errors.toFile())
					.start();
				byte[] output = process.getInputStream().readAllBytes();
				if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new IllegalStateException("kubectl kustomize " + directory + " took over " + TIMEOUT_SECONDS
							+ " s");
				}
				if (process.exitValue() != 0) {
					throw new IllegalStateException("kubectl kustomize " + directory + " failed: "
							+ Files.readString(errors).strip());
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
