package dev.ficus.gateway.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@link RoutingState} in a JSON file, replaced atomically so a crash never leaves half a file.
 */
public class RoutingStateStore {

	private final Path file;

	private final JsonMapper json;

	public RoutingStateStore(Path file, JsonMapper json) {
		this.file = file.toAbsolutePath();
		this.json = json;
	}

	public Optional<RoutingState> load() {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		return Optional.of(json.readValue(file.toFile(), RoutingState.class));
	}

	public void save(RoutingState state) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
			try {
				json.writeValue(temp.toFile(), state);
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write routing state to " + file, ex);
		}
	}

	public Path file() {
		return file;
	}

}
