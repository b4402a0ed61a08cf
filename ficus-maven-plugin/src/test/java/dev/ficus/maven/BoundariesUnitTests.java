package dev.ficus.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundariesUnitTests {

    @TempDir
    Path folder;

    @Test
    void readsTheServicesOfAnAnalysisIgnoringEverythingElse() throws Exception {
        Path file = write("""
                {"schemaVersion": 1, "stats": {"files": 3},
                 "services": [{"name": "catalog", "types": ["a.Catalog"], "tables": ["product"],
                               "entryPoints": [{"type": "a.Catalog", "kind": "http", "detail": "GET /"}]}],
                 "sharedKernel": {"types": ["a.Money"], "reason": "everywhere"}}
                """);

        Boundaries boundaries = Boundaries.read(file);

        assertThat(boundaries.services())
            .containsExactly(new Boundaries.Service("catalog", List.of("a.Catalog"), List.of()));
        assertThat(boundaries.sharedKernel().types()).containsExactly("a.Money");
    }

    @Test
    void rejectsAMissingFileNamingWhereToStart() {
        assertThatThrownBy(() -> Boundaries.read(folder.resolve("ficus-boundaries.json")))
            .isInstanceOf(Boundaries.InvalidBoundariesException.class)
            .hasMessageStartingWith("boundaries file not found: ")
            .hasMessageContaining("target/ficus/analysis.json");
    }

    @Test
    void rejectsATruncatedFile() throws Exception {
        Path file = write("{\"services\": [{\"name\": \"catalog\", \"types\": [\"a.Cat");

        assertThatThrownBy(() -> Boundaries.read(file)).isInstanceOf(Boundaries.InvalidBoundariesException.class)
            .hasMessageStartingWith("boundaries file " + file + " is not valid: ");
    }

    @Test
    void rejectsAFileWithoutServices() throws Exception {
        assertThatThrownBy(() -> Boundaries.read(write("{}"))).hasMessageEndingWith("has no \"services\"");
    }

    @Test
    void rejectsATypeGivenToTwoServices() throws Exception {
        Path file = write("""
                {"services": [{"name": "catalog", "types": ["a.Price"]}, {"name": "orders", "types": ["a.Price"]}]}
                """);

        assertThatThrownBy(() -> Boundaries.read(file))
            .hasMessageEndingWith("gives a.Price to service 'catalog' and to service 'orders'");
    }

    @Test
    void rejectsAServiceNamedTwice() throws Exception {
        Path file = write("""
                {"services": [{"name": "catalog", "types": ["a.A"]}, {"name": "catalog", "types": ["a.B"]}]}
                """);

        assertThatThrownBy(() -> Boundaries.read(file)).hasMessageEndingWith("names service 'catalog' twice");
    }

    private Path write(String json) throws Exception {
        return Files.writeString(folder.resolve("boundaries-" + System.nanoTime() + ".json"), json);
    }

}
