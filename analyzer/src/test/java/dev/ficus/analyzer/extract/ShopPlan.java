package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.plan.MigrationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The shop fixture ({@code fixtures/plan/shop}) and its committed plan, for extracts of
 * the fixture laid out in other builds.
 */
final class ShopPlan {

    static final Path SHOP = Path.of("src/test/resources/fixtures/plan/shop").toAbsolutePath();

    private ShopPlan() {
    }

    /**
     * Writes the committed plan into {@code out}, pointing at {@code monolith}; returns
     * its file.
     */
    static Path pointingAt(Path monolith, Path out) {
        MigrationPlan committed = PlanFiles.read(SHOP.resolve("plan.json"));
        PlanFiles.write(new MigrationPlan(committed.schemaVersion(), monolith.toString(), committed.candidates(),
                committed.calledTypes(), committed.events()), out);
        return out.resolve("plan.json");
    }

    /**
     * The fixture's sources in {@code folder}{@code /shop-copy} with another build file
     * instead of its {@code pom.xml}, the plan in {@code folder}{@code /ficus-out}
     * pointing there; returns the copy.
     */
    static Path copyWithBuild(Path folder, String buildFile, String build) throws IOException {
        Path copy = folder.resolve("shop-copy");
        copySources(copy);
        Files.writeString(copy.resolve(buildFile), build);
        pointingAt(copy, folder.resolve("ficus-out"));
        return copy;
    }

    /**
     * Copies the fixture's {@code src} folder, without its build, into {@code folder}.
     */
    static void copySources(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(SHOP.resolve("src"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(SHOP.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

}
