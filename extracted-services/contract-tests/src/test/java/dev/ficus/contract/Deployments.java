package dev.ficus.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The applications under contract, started once per test run and stopped when the run ends (also on failure):
 * the monolith (when its runnable jar has been built) and the extracted services, each as its own process.
 */
final class Deployments implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final String MONOLITH_JAR = "ficus.contract.monolith-jar";
    private static final String CATALOG_JAR = "ficus.contract.catalog-jar";
    private static final String INVENTORY_JAR = "ficus.contract.inventory-jar";

    /** Every application seeds this many products of the shared {@code SeedData}. */
    static final int SEEDED_PRODUCTS = 100;

    private static final String SEED_ARGUMENT = "--ficus.seed.products=" + SEEDED_PRODUCTS;

    private final List<AppProcess> started = new ArrayList<>();
    private final Path logDirectory = Path.of(System.getProperty("ficus.contract.log-dir", "target/contract-logs"));
    private Optional<AppProcess> monolith;
    private AppProcess catalog;
    private AppProcess inventory;

    /** The one instance of this run, kept in the root store so JUnit closes it after the last test. */
    static Deployments of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Deployments.class, key -> new Deployments(), Deployments.class);
    }

    /** The monolith, or empty while its runnable jar does not exist yet. */
    synchronized Optional<AppProcess> monolith() {
        if (monolith == null) {
            Path jar = jar(MONOLITH_JAR);
            monolith = Files.isRegularFile(jar) ? Optional.of(track(AppProcess.start("monolith", jar, logDirectory, SEED_ARGUMENT)))
                    : Optional.empty();
        }
        return monolith;
    }

    synchronized AppProcess catalogService() {
        if (catalog == null) {
            catalog = track(AppProcess.start("catalog-service", jar(CATALOG_JAR), logDirectory, SEED_ARGUMENT));
        }
        return catalog;
    }

    synchronized AppProcess inventoryService() {
        if (inventory == null) {
            inventory = track(AppProcess.start("inventory-service", jar(INVENTORY_JAR), logDirectory, SEED_ARGUMENT));
        }
        return inventory;
    }

    @Override
    public synchronized void close() {
        started.forEach(AppProcess::close);
        started.clear();
    }

    private AppProcess track(AppProcess app) {
        started.add(app);
        return app;
    }

    private static Path jar(String property) {
        String location = System.getProperty(property);
        if (location == null) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven)");
        }
        return Path.of(location);
    }
}
