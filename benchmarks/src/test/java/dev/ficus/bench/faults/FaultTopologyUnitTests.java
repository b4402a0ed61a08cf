package dev.ficus.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.StandInAppJars;
import dev.ficus.bench.topology.ProcessSpec;
import dev.ficus.bench.topology.Topology;

class FaultTopologyUnitTests {

    @TempDir
    Path root;

    @Test
    void instancesOfOneApplicationShareItsSchemaOnPostgres() throws IOException {
        Topology shape = FaultTopology.of(jars(), root, 120, Database.POSTGRES, 2);

        assertThat(datasource(shape, "catalog-service")).isEqualTo(datasource(shape, "catalog-service-2"))
            .isEqualTo("--spring.datasource.url=" + Database.POSTGRES_URL + "?currentSchema="
                    + Database.schema(AppJars.CATALOG_SERVICE));
        assertThat(datasource(shape, "inventory-service")).isEqualTo(datasource(shape, "inventory-service-2"))
            .isNotEqualTo(datasource(shape, "catalog-service"));
        assertThat(datasource(shape, AppJars.MONOLITH)).isEqualTo(datasource(shape, "monolith-2"))
            .contains(Database.schema(AppJars.MONOLITH));
        assertThat(process(shape, AppJars.GATEWAY).arguments()).noneMatch(argument -> argument.contains("datasource"));
    }

    @Test
    void aFaultInTheRedundantShapeKillsOneInstanceAndHasNoFallback() {
        Fault fault = Fault.INVENTORY_SERVICE.inShapeWith(2);

        assertThat(fault.process()).isEqualTo(AppJars.INVENTORY_SERVICE);
        assertThat(fault.redundant()).isTrue();
        assertThat(fault.fallbackSide()).isEmpty();
        assertThat(Fault.MONOLITH.inShapeWith(2).redundant()).isTrue();
        assertThat(Fault.MONOLITH.inShapeWith(2).process()).isEqualTo(AppJars.MONOLITH);
        assertThat(Fault.CATALOG_SERVICE.inShapeWith(1)).isEqualTo(Fault.CATALOG_SERVICE);
        assertThat(Fault.CATALOG_SERVICE.redundant()).isFalse();
    }

    private static String datasource(Topology shape, String process) {
        return process(shape, process).arguments()
            .stream()
            .filter(argument -> argument.startsWith("--spring.datasource.url="))
            .findFirst()
            .orElseThrow();
    }

    private static ProcessSpec process(Topology shape, String name) {
        return shape.processes().stream().filter(process -> process.name().equals(name)).findFirst().orElseThrow();
    }

    private AppJars jars() throws IOException {
        return StandInAppJars.under(root);
    }

}
