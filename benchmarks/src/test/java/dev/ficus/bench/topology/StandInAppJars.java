package dev.ficus.bench.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Empty files where a built checkout keeps the runnable jars, for tests that only wire
 * topologies.
 */
public final class StandInAppJars {

    private StandInAppJars() {
    }

    /**
     * Creates the stand-in jars under {@code root} (those missing) and finds them as a
     * checkout's.
     */
    public static AppJars under(Path root) throws IOException {
        for (String jar : List.of("monolith-app/target/monolith-app-0.1.0-SNAPSHOT-exec.jar",
                "strangler-gateway/target/strangler-gateway-0.1.0-SNAPSHOT.jar",
                "extracted-services/catalog-service/target/catalog-service-0.1.0-SNAPSHOT-exec.jar",
                "extracted-services/inventory-service/target/inventory-service-0.1.0-SNAPSHOT-exec.jar")) {
            Path file = root.resolve(jar);
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        }
        return AppJars.under(root);
    }

}
