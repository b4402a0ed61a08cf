package dev.ficus.analyzer.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesUnitTests {

    @TempDir
    Path folder;

    @Test
    void replacesEveryFileOfTheSetAndLeavesNoTemporaryFileBehind() throws IOException {
        Files.writeString(folder.resolve("analysis.json"), "old analysis");
        Map<Path, String> set = new LinkedHashMap<>();
        set.put(folder.resolve("analysis.json"), "new analysis");
        set.put(folder.resolve("report.html"), "new report");

        AtomicFiles.writeAll(set);

        assertThat(folder.resolve("analysis.json")).hasContent("new analysis");
        assertThat(folder.resolve("report.html")).hasContent("new report");
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("analysis.json",
                    "report.html");
        }
    }

    @Test
    void leavesTheEarlierFilesAsTheyWereWhenOneOfTheSetCannotBeWritten() throws IOException {
        Files.writeString(folder.resolve("analysis.json"), "old analysis");
        Map<Path, String> set = new LinkedHashMap<>();
        set.put(folder.resolve("analysis.json"), "new analysis");
        set.put(folder.resolve("gone/report.html"), "new report");

        assertThatThrownBy(() -> AtomicFiles.writeAll(set)).isInstanceOf(NoSuchFileException.class);

        assertThat(folder.resolve("analysis.json")).hasContent("old analysis");
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("analysis.json");
        }
    }

}
