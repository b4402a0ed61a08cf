package dev.ficus.gateway.routing;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ficus.gateway.api.AuditEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log, append-only on disk: one JSON line per {@link AuditEntry} in
 * {@code audit.jsonl}, forced to disk before {@link #append} returns. When the file would
 * pass its size limit it is rotated to {@code audit.jsonl.1} (the older ones shift to
 * {@code .2} ...), keeping {@code keep} rotated files; so entries leave only by rotation,
 * never silently. A line that cannot be read (a truncated last line after a crash) is
 * skipped with a warning, never a reason not to start. The latest entries are also kept
 * in memory for the dashboard's frequent reads.
 */
public class AuditLog {

    /** Entries kept in memory, and the default of {@code GET /admin/audit}. */
    public static final int LATEST_DEFAULT = 1_000;

    private static final Logger logger = LoggerFactory.getLogger(AuditLog.class);

    private final Path file;

    private final long maxFileBytes;

    private final int keep;

    private final JsonMapper json;

    private final Deque<AuditEntry> latest = new ArrayDeque<>();

    private @Nullable FileChannel channel;

    /**
     * @param file the current log file, e.g. {@code .ficus/gateway/audit.jsonl}
     * @param maxFileBytes size at which the file is rotated
     * @param keep rotated files kept, at least 1
     * @param json reads and writes the entries
     */
    public AuditLog(Path file, long maxFileBytes, int keep, JsonMapper json) {
        if (maxFileBytes < 1 || keep < 1) {
            throw new IllegalArgumentException("audit max-file-size and max-files must be positive");
        }
        this.file = file.toAbsolutePath();
        this.maxFileBytes = maxFileBytes;
        this.keep = keep;
        this.json = json;
        this.latest.addAll(read(LATEST_DEFAULT));
    }

    /** Whether no entry was ever written (or every one rotated away). */
    public synchronized boolean isEmpty() {
        return latest.isEmpty();
    }

    /** Writes an entry and forces it to disk. */
    public synchronized void append(AuditEntry entry) {
        appendAll(List.of(entry));
    }

    /**
     * Writes entries in order with one force to disk, e.g. when migrating an old state
     * file.
     */
    public synchronized void appendAll(Collection<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        entries.forEach(entry -> lines.append(json.writeValueAsString(entry)).append('\n'));
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        try {
            FileChannel out = channel();
            if (out.size() > 0 && out.size() + bytes.length > maxFileBytes) {
                rotate();
                out = channel();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(false);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot append to the audit log " + file, ex);
        }
        entries.forEach(entry -> {
            latest.addLast(entry);
            if (latest.size() > LATEST_DEFAULT) {
                latest.removeFirst();
            }
        });
    }

    /** The latest {@code count} entries, oldest first. */
    public synchronized List<AuditEntry> latest(int count) {
        if (count <= latest.size() || latest.size() < LATEST_DEFAULT) {
            List<AuditEntry> all = new ArrayList<>(latest);
            return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
        }
        return read(count);
    }

    public Path file() {
        return file;
    }

    /** Closes the file; a later append opens it again. */
    public synchronized void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        }
        catch (IOException ex) {
            logger.debug("Cannot close the audit log {}", file, ex);
        }
        channel = null;
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            Files.createDirectories(file.getParent());
            boolean truncatedLine = endsInsideALine();
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            if (truncatedLine) {
                channel.write(ByteBuffer.wrap(new byte[] { '\n' }));
            }
        }
        return channel;
    }

    /**
     * Whether the file ends inside a line, truncated by a crash: that line stays as it is
     * (it is skipped when read) and the next entry starts on a line of its own.
     */
    private boolean endsInsideALine() throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            if (in.size() == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            in.read(last, in.size() - 1);
            return last.get(0) != '\n';
        }
    }

    private void rotate() throws IOException {
        close();
        Files.deleteIfExists(rotated(keep));
        for (int index = keep - 1; index >= 1; index--) {
            if (Files.exists(rotated(index))) {
                Files.move(rotated(index), rotated(index + 1), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.move(file, rotated(1), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path rotated(int index) {
        return file.resolveSibling(file.getFileName() + "." + index);
    }

    /** The latest entries from disk, newest file first, until {@code count} are found. */
    private List<AuditEntry> read(int count) {
        Deque<AuditEntry> found = new ArrayDeque<>();
        for (int index = 0; index <= keep && found.size() < count; index++) {
            Path source = index == 0 ? file : rotated(index);
            if (!Files.exists(source)) {
                continue;
            }
            List<AuditEntry> entries = readFile(source);
            for (int i = entries.size() - 1; i >= 0 && found.size() < count; i--) {
                found.addFirst(entries.get(i));
            }
        }
        return List.copyOf(found);
    }

    private List<AuditEntry> readFile(Path source) {
        List<String> lines;
        try {
            lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            logger.warn("AUDIT LOG UNREADABLE: {} ({}); its entries are not shown", source, ex.getMessage());
            return List.of();
        }
        List<AuditEntry> entries = new ArrayList<>(lines.size());
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(json.readValue(line, AuditEntry.class));
            }
            catch (RuntimeException unreadable) {
                logger.warn("Skipping unreadable line {} of the audit log {} (truncated by a crash?): {}", number,
                        source, unreadable.getMessage());
            }
        }
        return entries;
    }

}
