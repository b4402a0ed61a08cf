package dev.ficus.gateway.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@link RoutingState} in a JSON file: each save writes a temporary file, forces it
 * to disk and renames it over the file, keeping the previous file as {@code <file>.bak};
 * a crash never leaves half a file. An unreadable file is never a reason to refuse
 * traffic: the backup is read instead, else the configuration is used.
 */
public class RoutingStateStore {

    private static final Logger logger = LoggerFactory.getLogger(RoutingStateStore.class);

    private final Path file;

    private final Path backup;

    private final JsonMapper json;

    public RoutingStateStore(Path file, JsonMapper json) {
        this.file = file.toAbsolutePath();
        this.backup = this.file.resolveSibling(this.file.getFileName() + ".bak");
        this.json = json;
    }

    /**
     * The saved state, else the backup's when the file cannot be read, else empty (start
     * from configuration).
     */
    public Optional<RoutingState> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(file));
        }
        catch (RuntimeException | IOException broken) {
            Optional<RoutingState> fromBackup = readBackup();
            logger.error("ROUTING STATE UNREADABLE: {} ({}); starting from {}", file, broken.getMessage(),
                    fromBackup.isPresent() ? "the backup " + backup : "the configuration (no readable backup)");
            return fromBackup;
        }
    }

    public void save(RoutingState state) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                writeDurably(temp, json.writeValueAsBytes(state));
                if (Files.exists(file)) {
                    keepAsBackup();
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                forceDirectory();
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

    private RoutingState read(Path source) throws IOException {
        RoutingState state = json.readValue(Files.readAllBytes(source), RoutingState.class);
        if (state == null) {
            throw new IOException("empty file");
        }
        return state;
    }

    private Optional<RoutingState> readBackup() {
        try {
            return Files.exists(backup) ? Optional.of(read(backup)) : Optional.empty();
        }
        catch (RuntimeException | IOException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Copies the current file to the backup, itself through a temporary file, so the
     * backup is whole too.
     */
    private void keepAsBackup() throws IOException {
        Path temp = Files.createTempFile(file.getParent(), backup.getFileName().toString(), ".tmp");
        try {
            writeDurably(temp, Files.readAllBytes(file));
            Files.move(temp, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeDurably(Path target, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Makes the rename itself durable; where a directory cannot be opened (not POSIX),
     * the rename still is atomic.
     */
    private void forceDirectory() {
        try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
        catch (IOException notSupported) {
            logger.debug("Cannot force directory {} to disk", file.getParent(), notSupported);
        }
    }

}
