package dev.ficus.bench.slow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ProcessSpec;
import dev.ficus.bench.topology.ShopTopologies;
import dev.ficus.bench.topology.StandInAppJars;
import dev.ficus.bench.topology.Topology;

class SlowShapeUnitTests {

    @TempDir
    Path root;

    @Test
    void startsTheMonolithOfTheServiceShapeWithTheCallSettingsAndItsCircuitBreakerOffWhenAsked() throws IOException {
        Topology topology = SlowShape.SERVICES_NO_BREAKER.topology(topologies(), CallSettings.DEFAULT);

        assertThat(topology.name()).isEqualTo("gateway-services-no-breaker");
        assertThat(topology.description()).endsWith(", monolith's circuit breaker off");
        assertThat(monolith(topology).arguments()).contains("--ficus.extracted.read-timeout=3s",
                "--ficus.extracted.retry-attempts=3", "--ficus.extracted.circuit-breaker-enabled=false");
        assertThat(SlowShape.SERVICES_NO_BREAKER.slowProcess()).isEqualTo(AppJars.INVENTORY_SERVICE);
        assertThat(monolith(SlowShape.SERVICES.topology(topologies(), CallSettings.DEFAULT)).arguments())
            .contains("--ficus.extracted.circuit-breaker-enabled=true");
    }

    @Test
    void leavesTheMonolithShapeAsTheShopStartsIt() throws IOException {
        Topology topology = SlowShape.MONOLITH.topology(topologies(), CallSettings.DEFAULT);

        assertThat(monolith(topology).arguments()).noneMatch(argument -> argument.startsWith("--ficus.extracted."))
            .contains("--ficus.shop.faults.enabled=true");
        assertThat(topology.description()).isEqualTo("monolith alone, inventory in-process");
        assertThat(SlowShape.MONOLITH.slowProcess()).isEqualTo(AppJars.MONOLITH);
    }

    @Test
    void findsShapesByTheirNames() {
        assertThat(SlowShape.named("gateway-monolith")).contains(SlowShape.GATEWAY_MONOLITH);
        assertThat(SlowShape.named("services")).isEmpty();
        assertThat(SlowShape.names()).containsExactly("monolith", "gateway-monolith", "gateway-services",
                "gateway-services-no-breaker");
    }

    private ShopTopologies topologies() throws IOException {
        return new ShopTopologies(StandInAppJars.under(root), root, 10);
    }

    private static ProcessSpec monolith(Topology topology) {
        return topology.processes()
            .stream()
            .filter(process -> process.name().equals(AppJars.MONOLITH))
            .findFirst()
            .orElseThrow();
    }

}
