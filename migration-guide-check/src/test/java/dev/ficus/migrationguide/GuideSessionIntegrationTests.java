package dev.ficus.migrationguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session with real bash processes: shell state, exit codes, output split per block,
 * and the cleanup.
 */
class GuideSessionIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @TempDir
    Path folder;

    @Test
    void keepsShellStateAcrossBlocksAndSplitsTheOutputPerBlock() throws Exception {
        GuideBlocks guide = GuideBlocks.parse("""
                ```bash
                answer=42
                printf 'no newline'
                ```
                ```bash
                echo "answer=$answer from $GUIDE_ANSWER"
                ```
                """);

        GuideSession.Transcript transcript;
        try (GuideSession session = new GuideSession(folder.resolve("logs"))) {
            transcript = session.run(folder, guide.blocks(), Map.of("GUIDE_ANSWER", "42"), TIMEOUT);
        }

        assertThat(transcript.exitCode()).isZero();
        assertThat(transcript.succeeded()).containsEntry(1, true).containsEntry(2, true);
        assertThat(transcript.outputOf(guide.blocks().get(0))).isEqualTo("no newline");
        assertThat(transcript.outputOf(guide.blocks().get(1))).isEqualTo("answer=42 from 42\n");
    }

    @Test
    void stopsAtTheFirstFailingCommandAndStopsWhatTheBlocksStartedInTheBackground() throws Exception {
        GuideBlocks guide = GuideBlocks.parse("""
                ```bash
                sleep 300 > /dev/null 2>&1 &
                echo $! > server.pid
                ```
                ```bash
                echo before
                false
                echo after
                ```
                ```bash
                echo never
                ```
                """);

        GuideSession.Transcript transcript;
        long server;
        try (GuideSession session = new GuideSession(folder.resolve("logs"))) {
            transcript = session.run(folder, guide.blocks(), Map.of("GUIDE_ANSWER", "42"), TIMEOUT);
            server = Long.parseLong(Files.readString(folder.resolve("server.pid")).strip());
            assertThat(ProcessHandle.of(server)).as("the background process while the session is open").isPresent();
        }

        assertThat(transcript.exitCode()).isEqualTo(1);
        assertThat(transcript.failedBlock()).hasValue(2);
        assertThat(transcript.succeeded()).doesNotContainKey(3);
        assertThat(transcript.outputOf(guide.blocks().get(1))).isEqualTo("before\n");
        assertThat(ProcessHandle.of(server).filter(ProcessHandle::isAlive)).as("the background process after close")
            .isEmpty();
    }

    @Test
    void comparesWhatEachBlockPrintedWithTheGuidesExpectedOutput() throws Exception {
        GuideBlocks guide = GuideBlocks.parse("""
                ```bash
                echo "ready: 8080"
                echo "rows: 40"
                ```

                ```text expected
                ready: 8080
                rows: <n>
                ```

                ```bash
                echo "mode: CANARY"
                ```

                ```text expected
                mode: SERVICE
                ```
                """);

        GuideSession.Transcript transcript;
        try (GuideSession session = new GuideSession(folder.resolve("logs"))) {
            transcript = session.run(folder, guide.blocks(), Map.of(), TIMEOUT);
        }

        assertThat(transcript.exitCode()).isZero();
        assertThat(guide.mismatchesIn(transcript)).containsExactly(
                "expected output at line 15 (of the command block at line 11, echo \"mode: CANARY\"): line 1 differs: "
                        + "expected `mode: SERVICE` but printed `mode: CANARY`");
    }

}
