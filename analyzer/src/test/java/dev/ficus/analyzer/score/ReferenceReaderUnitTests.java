package dev.ficus.analyzer.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceReaderUnitTests {

    @TempDir
    Path folder;

    @Test
    void readsRsfContainLinesInOrderAndIgnoresOtherRelations() throws Exception {
        Path file = Files.writeString(folder.resolve("truth.rsf"),
                "contain orders Order\n\ndepends Order Product\ncontain catalog \"Product\"\ncontain orders Product\n");

        ReferenceDecomposition truth = ReferenceReader.read(file);

        assertThat(truth.listings()).hasSize(3);
        assertThat(truth.serviceOf()).containsExactly(java.util.Map.entry("Order", "orders"),
                java.util.Map.entry("Product", "orders"));
        assertThat(truth.listingsPerService()).containsEntry("orders", 2).containsEntry("catalog", 1);
        assertThat(truth.duplicatedElements()).isEqualTo(1);
    }

    @Test
    void readsAJsonObjectFromClassToService() throws Exception {
        Path file = Files.writeString(folder.resolve("truth.json"), "{\"com.shop.Order\": \"orders\"}");

        assertThat(ReferenceReader.read(file).serviceOf()).containsEntry("com.shop.Order", "orders");
    }

    @Test
    void refusesMalformedLinesWithTheirNumber() throws Exception {
        Path file = Files.writeString(folder.resolve("truth.rsf"), "contain a A\ncontain b\n");

        assertThatThrownBy(() -> ReferenceReader.read(file)).isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("line 2");
    }

    @Test
    void refusesAJsonServiceThatIsNotAString() throws Exception {
        Path file = Files.writeString(folder.resolve("truth.json"), "{\"Order\": 3}");

        assertThatThrownBy(() -> ReferenceReader.read(file)).isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("Order");
    }

}
