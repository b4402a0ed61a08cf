package dev.ficus.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module structure and regenerates the module documentation in
 * {@code docs/modules/}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(FicusShopApplication.class);
    static final Path DOCS = Path.of("../docs/modules");

    @Test
    void verifiesModuleStructure() {
        MODULES.verify();
    }

    @Test
    void findsTheSevenModulesOfTheShop() {
        assertThat(MODULES.stream()
            .map(ApplicationModule::getIdentifier)
            .map(Object::toString)
            .collect(Collectors.toSet())).containsExactlyInAnyOrder("catalog", "inventory", "customers", "orders",
                    "payments", "shipping", "notifications");
    }

    @Test
    void writesDocumentationSnippets() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
            .writeModulesAsPlantUml()
            .writeIndividualModulesAsPlantUml()
            .writeModuleCanvases();

        try (Stream<Path> files = Files.list(DOCS)) {
            files.forEach(ModularityTests::sortListings);
        }
        assertThat(DOCS.resolve("components.puml")).content().contains("Rel(").contains("Orders");
    }

    /**
     * Puts the relations of a diagram and the bullet items of a canvas cell in
     * alphabetical order: the Documenter writes them in hash order, which would change
     * the committed files on every run.
     */
    private static void sortListings(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> sorted = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size();) {
                int end = i + 1;
                if (lines.get(i).startsWith("Rel(")) {
                    while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                        end++;
                    }
                    lines.subList(i, end).stream().sorted().forEach(sorted::add);
                }
                else if (lines.get(i).startsWith("|* ")) {
                    while (end < lines.size() && lines.get(end).startsWith("* ")) {
                        end++;
                    }
                    List<String> items = lines.subList(i, end)
                        .stream()
                        .map(line -> line.replaceFirst("^\\|?\\* ", ""))
                        .sorted()
                        .toList();
                    for (int item = 0; item < items.size(); item++) {
                        sorted.add((item == 0 ? "|* " : "* ") + items.get(item));
                    }
                }
                else {
                    sorted.add(lines.get(i));
                }
                i = end;
            }
            Files.write(file, sorted);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
