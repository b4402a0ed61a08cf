package dev.ficus.gateway.routing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.api.RouteSetting;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static AuditEntry entry(int number) {
        return new AuditEntry(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(number), "catalog",
                RouteSetting.monolith(), RouteSetting.canary(number % 101), "change " + number,
                "admin-token:1 from ::1");
    }

    private static List<String> reasons(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::reason).toList();
    }

    @Test
    void writesOneJsonLinePerEntryAndReadsThemBackAfterARestart() throws IOException {
        Path file = dir.resolve("audit.jsonl");
        AuditLog log = new AuditLog(file, 1 << 20, 3, JSON);
        log.append(entry(1));
        log.append(entry(2));
        log.close();

        AuditLog reopened = new AuditLog(file, 1 << 20, 3, JSON);

        assertThat(Files.readAllLines(file)).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"time\""));
        assertThat(reopened.latest(10)).containsExactly(entry(1), entry(2));
        assertThat(reopened.latest(1)).containsExactly(entry(2));
    }

    @Test
    void rotatesBySizeKeepingTheConfiguredNumberOfFiles() throws IOException {
        Path file = dir.resolve("audit.jsonl");
        int lineBytes = (JSON.writeValueAsString(entry(10)) + "\n").getBytes(StandardCharsets.UTF_8).length;
        AuditLog log = new AuditLog(file, 3L * lineBytes, 2, JSON);

        IntStream.rangeClosed(10, 20).forEach(number -> log.append(entry(number)));

        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(Files.readAllLines(dir.resolve("audit.jsonl.1"))).hasSize(3);
        assertThat(Files.readAllLines(dir.resolve("audit.jsonl.2"))).hasSize(3);
        assertThat(dir.resolve("audit.jsonl.3")).doesNotExist();
        AuditLog reopened = new AuditLog(file, 3L * lineBytes, 2, JSON);
        assertThat(reasons(reopened.latest(100))).containsExactly("change 13", "change 14", "change 15", "change 16",
                "change 17", "change 18", "change 19", "change 20");
    }

    @Test
    void skipsATruncatedLastLineAndAppendsAfterIt() throws IOException {
        Path file = dir.resolve("audit.jsonl");
        AuditLog log = new AuditLog(file, 1 << 20, 3, JSON);
        log.append(entry(1));
        log.close();
        String half = JSON.writeValueAsString(entry(2));
        Files.writeString(file, half.substring(0, half.length() / 2), StandardOpenOption.APPEND);

        AuditLog reopened = new AuditLog(file, 1 << 20, 3, JSON);
        reopened.append(entry(3));

        assertThat(reopened.latest(10)).containsExactly(entry(1), entry(3));
        assertThat(new AuditLog(file, 1 << 20, 3, JSON).latest(10)).containsExactly(entry(1), entry(3));
    }

    @Test
    void readsOlderEntriesThanItKeepsInMemoryFromDisk() {
        Path file = dir.resolve("audit.jsonl");
        AuditLog log = new AuditLog(file, 1 << 20, 3, JSON);
        log.appendAll(IntStream.range(0, AuditLog.LATEST_DEFAULT + 5).mapToObj(AuditLogUnitTests::entry).toList());

        List<AuditEntry> all = log.latest(AuditLog.LATEST_DEFAULT + 100);

        assertThat(all).hasSize(AuditLog.LATEST_DEFAULT + 5).first().isEqualTo(entry(0));
        assertThat(log.latest(2)).containsExactly(entry(AuditLog.LATEST_DEFAULT + 3),
                entry(AuditLog.LATEST_DEFAULT + 4));
    }

}
