package dev.ficus.bench.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopTopologiesUnitTests {

    @TempDir
    Path root;

    @Test
    void microserviceMonolithCallsTheStartedServicesForCatalogAndInventory() throws IOException {
        Topology shape = topologies().microservices();

        ProcessSpec catalog = process(shape, AppJars.CATALOG_SERVICE);
        ProcessSpec inventory = process(shape, AppJars.INVENTORY_SERVICE);
        assertThat(process(shape, AppJars.MONOLITH).arguments()).contains(
                "--ficus.extracted.catalog.url=http://127.0.0.1:" + catalog.port(),
                "--ficus.extracted.inventory.url=http://127.0.0.1:" + inventory.port(), "--ficus.seed.products=120");
        assertThat(catalog.arguments()).contains("--ficus.seed.products=120");
        assertThat(inventory.arguments()).contains("--ficus.seed.products=120");
    }

    @Test
    void monolithShapesKeepCatalogAndInventoryInProcess() throws IOException {
        for (Topology shape : List.of(topologies().monolith(), topologies().gatewayToMonolith())) {
            assertThat(process(shape, AppJars.MONOLITH).arguments()).noneMatch(arg -> arg.contains("ficus.extracted"));
        }
    }

    @Test
    void everyProcessSamplesTracesAlike() throws IOException {
        ShopTopologies topologies = topologies();
        for (Topology shape : List.of(topologies.monolith(), topologies.gatewayToMonolith(),
                topologies.microservices())) {
            assertThat(shape.processes()).allSatisfy(process -> assertThat(process.arguments())
                .contains("--management.tracing.sampling.probability=0.1"));
        }
    }

    @Test
    void everyApplicationKeepsItsDatabaseInADirectoryOfItsOwn() throws IOException {
        ShopTopologies topologies = topologies();
        List<String> dataDirectories = new ArrayList<>();
        for (Topology shape : List.of(topologies.monolith(), topologies.gatewayToMonolith(),
                topologies.microservices())) {
            shape.processes()
                .stream()
                .filter(process -> !process.name().equals(AppJars.GATEWAY))
                .forEach(process -> dataDirectories.add(process.arguments()
                    .stream()
                    .filter(argument -> argument.startsWith("--ficus.data-dir="))
                    .findFirst()
                    .orElseThrow()));
        }
        assertThat(dataDirectories).hasSize(5)
            .doesNotHaveDuplicates()
            .allMatch(argument -> argument.startsWith("--ficus.data-dir=" + root.toAbsolutePath()));
    }

    @Test
    void readsCpuListsOfTaskset() {
        assertThat(CpuAffinity.cpuList("1")).containsExactly(1);
        assertThat(CpuAffinity.cpuList("1-3")).containsExactly(1, 2, 3);
        assertThat(CpuAffinity.cpuList("0,2-3")).containsExactly(0, 2, 3);
        assertThat(CpuAffinity.NONE.systemUnderTestCpus()).isEmpty();
    }

    private ShopTopologies topologies() throws IOException {
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
        return new ShopTopologies(AppJars.under(root), root, 120);
    }

    private static ProcessSpec process(Topology shape, String name) {
        return shape.processes().stream().filter(process -> process.name().equals(name)).findFirst().orElseThrow();
    }

}
