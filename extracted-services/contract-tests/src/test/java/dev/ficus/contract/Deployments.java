package dev.ficus.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The applications under contract, started once per test run and stopped when the run
 * ends (also on failure): the monolith and the extracted services, each as its own
 * process from its runnable jar.
 */
final class Deployments implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final String MONOLITH_JAR = "ficus.contract.monolith-jar";

    private static final String CATALOG_JAR = "ficus.contract.catalog-jar";

    private static final String INVENTORY_JAR = "ficus.contract.inventory-jar";

    private static final String GATEWAY_JAR = "ficus.contract.gateway-jar";

    /**
     * The gateway's profile that declares the shop's capabilities, catalog
     * ({@code /api/catalog/**}) and inventory ({@code /api/inventory/**}): a gateway
     * started without it knows none.
     */
    static final String GATEWAY_SHOP_PROFILE = "--spring.profiles.active=shop";

    /** Every application seeds this many products of the shared {@code SeedData}. */
    static final int SEEDED_PRODUCTS = 100;

    private static final String SEED_ARGUMENT = "--ficus.seed.products=" + SEEDED_PRODUCTS;

    private final List<AppProcess> started = new ArrayList<>();

    private final Path logDirectory = Path.of(System.getProperty("ficus.contract.log-dir", "target/contract-logs"));

    private AppProcess monolith;

    private AppProcess catalog;

    private AppProcess inventory;

    /**
     * The one instance of this run, kept in the root store so JUnit closes it after the
     * last test.
     */
    static Deployments of(ExtensionContext context) {
        return context.getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(Deployments.class, key -> new Deployments(), Deployments.class);
    }

    /** The monolith: the reference every service is compared with. */
    synchronized AppProcess monolith() {
        startAll();
        return monolith;
    }

    synchronized AppProcess catalogService() {
        startAll();
        return catalog;
    }

    synchronized AppProcess inventoryService() {
        startAll();
        return inventory;
    }

    /**
     * The three start side by side at the first request for any of them: the suite uses
     * all three, and a start leaves much of a second core idle, which the others use.
     */
    private void startAll() {
        if (monolith != null) {
            return;
        }
        AppProcess startingMonolith = track(
                AppProcess.launch("monolith", jar(MONOLITH_JAR), logDirectory, SEED_ARGUMENT));
        AppProcess startingCatalog = track(
                AppProcess.launch("catalog-service", jar(CATALOG_JAR), logDirectory, SEED_ARGUMENT));
        AppProcess startingInventory = track(
                AppProcess.launch("inventory-service", jar(INVENTORY_JAR), logDirectory, SEED_ARGUMENT));
        AppProcess.awaitReady(startingMonolith, startingCatalog, startingInventory);
        monolith = startingMonolith;
        catalog = startingCatalog;
        inventory = startingInventory;
    }

    /** Where the started applications write their logs. */
    Path logDirectory() {
        return logDirectory;
    }

    static Path monolithJar() {
        return jar(MONOLITH_JAR);
    }

    static Path catalogJar() {
        return jar(CATALOG_JAR);
    }

    static Path inventoryJar() {
        return jar(INVENTORY_JAR);
    }

    static Path gatewayJar() {
        return jar(GATEWAY_JAR);
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
