package dev.ficus.bench.topology;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the runnable jars of the shop's applications are, as the Maven build leaves them.
 *
 * @param jars application name to its runnable jar, if it was found
 */
public record AppJars(Map<String, Optional<Path>> jars) {

    public static final String MONOLITH = "monolith";

    public static final String GATEWAY = "gateway";

    public static final String CATALOG_SERVICE = "catalog-service";

    public static final String INVENTORY_SERVICE = "inventory-service";

    /**
     * The module of the stock Spring Cloud Gateway {@code bench gateway-overhead}
     * compares with.
     */
    public static final String STOCK_GATEWAY_MODULE = "bench-stock-gateway";

    private static final String VERSION = "0.1.0-SNAPSHOT";

    public AppJars {
        jars = new LinkedHashMap<>(jars);
    }

    /**
     * Looks for {@code <module>/target/<artifact>-<version>-exec.jar}, else the plain
     * (repackaged) jar.
     */
    public static AppJars under(Path root) {
        Map<String, Optional<Path>> jars = new LinkedHashMap<>();
        jars.put(MONOLITH, find(root.resolve("monolith-app"), "monolith-app"));
        jars.put(GATEWAY, find(root.resolve("strangler-gateway"), "strangler-gateway"));
        jars.put(CATALOG_SERVICE, find(root.resolve("extracted-services/catalog-service"), "catalog-service"));
        jars.put(INVENTORY_SERVICE, find(root.resolve("extracted-services/inventory-service"), "inventory-service"));
        return new AppJars(jars);
    }

    /**
     * The runnable jar of the stock Spring Cloud Gateway, which only
     * {@code bench gateway-overhead} starts, if it was built.
     */
    public static Optional<Path> stockGateway(Path root) {
        return find(root.resolve(STOCK_GATEWAY_MODULE), STOCK_GATEWAY_MODULE);
    }

    /**
     * The checkout this code runs from when it runs as
     * {@code <root>/benchmarks/target/ficus-bench.jar}, else the current directory.
     */
    public static Path defaultRoot(Class<?> anchor) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = location.getParent();
            if (Files.isRegularFile(location) && target != null && target.getFileName().toString().equals("target")
                    && target.getParent() != null && target.getParent().getParent() != null) {
                return target.getParent().getParent();
            }
        }
        catch (URISyntaxException | SecurityException | NullPointerException ex) {
            // No usable code source: fall back to the working directory.
        }
        return Path.of("").toAbsolutePath();
    }

    public Path jar(String app) {
        return jars.getOrDefault(app, Optional.empty())
            .orElseThrow(() -> new IllegalStateException("no runnable jar for " + app));
    }

    public boolean has(String... apps) {
        for (String app : apps) {
            if (jars.getOrDefault(app, Optional.empty()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        jars.forEach((app, jar) -> {
            if (jar.isEmpty()) {
                missing.add(app);
            }
        });
        return missing;
    }

    /**
     * The one-line refusal of a benchmark that needs these applications when some have no
     * jar under the checkout; empty when all have one.
     */
    public Optional<String> unbuilt(Path checkout, Collection<String> needed) {
        List<String> absent = missing().stream().filter(needed::contains).toList();
        if (absent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("no runnable jars under " + checkout + "/*/target (missing: " + String.join(", ", absent)
                + "); build them first: ./mvnw -B package -DskipTests");
    }

    private static Optional<Path> find(Path module, String artifact) {
        Path target = module.resolve("target");
        return List.of(artifact + "-" + VERSION + "-exec.jar", artifact + "-" + VERSION + ".jar")
            .stream()
            .map(target::resolve)
            .filter(Files::isRegularFile)
            .findFirst()
            .map(Path::toAbsolutePath);
    }
}
