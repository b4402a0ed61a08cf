package dev.ficus.bench.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
    void redundantShapeBalancesEachCapabilityAndTheMonolithOverTwoInstancesAndTheMonolithCallsThemThroughTheGateway()
            throws IOException {
        Topology shape = topologies().microservices(2);

        assertThat(shape.processes()).extracting(ProcessSpec::name)
            .containsExactly("catalog-service", "catalog-service-2", "inventory-service", "inventory-service-2",
                    "monolith", "monolith-2", "gateway");
        ProcessSpec gateway = process(shape, AppJars.GATEWAY);
        assertThat(gateway.arguments())
            .contains(
                    "--ficus.gateway.capabilities.catalog.service-urls=http://127.0.0.1:"
                            + process(shape, "catalog-service").port() + ",http://127.0.0.1:"
                            + process(shape, "catalog-service-2").port(),
                    "--ficus.gateway.capabilities.inventory.service-urls=http://127.0.0.1:"
                            + process(shape, "inventory-service").port() + ",http://127.0.0.1:"
                            + process(shape, "inventory-service-2").port(),
                    "--ficus.gateway.monolith-urls=http://127.0.0.1:" + process(shape, "monolith").port()
                            + ",http://127.0.0.1:" + process(shape, "monolith-2").port(),
                    "--ficus.gateway.capabilities.catalog.mode=SERVICE",
                    "--ficus.gateway.capabilities.inventory.mode=SERVICE")
            .noneMatch(argument -> argument.contains(".service-url=") || argument.contains(".monolith-url="));
        for (String monolith : List.of("monolith", "monolith-2")) {
            assertThat(process(shape, monolith).arguments()).contains(
                    "--ficus.extracted.catalog.url=http://127.0.0.1:" + gateway.port(),
                    "--ficus.extracted.inventory.url=http://127.0.0.1:" + gateway.port());
        }
        assertThat(shape.processes()).extracting(ProcessSpec::port).doesNotHaveDuplicates();
    }

    @Test
    void shapeWithTwoInventoryInstancesBalancesOnlyInventoryAndTheMonolithReachesItThroughTheGateway()
            throws IOException {
        Topology shape = topologies().microservices(1, 2, 1);

        assertThat(shape.processes()).extracting(ProcessSpec::name)
            .containsExactly("catalog-service", "inventory-service", "inventory-service-2", "monolith", "gateway");
        ProcessSpec gateway = process(shape, AppJars.GATEWAY);
        assertThat(gateway.arguments()).contains(
                "--ficus.gateway.capabilities.catalog.service-url=http://127.0.0.1:"
                        + process(shape, "catalog-service").port(),
                "--ficus.gateway.capabilities.inventory.service-urls=http://127.0.0.1:"
                        + process(shape, "inventory-service").port() + ",http://127.0.0.1:"
                        + process(shape, "inventory-service-2").port(),
                "--ficus.gateway.monolith-url=http://127.0.0.1:" + process(shape, "monolith").port());
        assertThat(process(shape, "monolith").arguments()).contains(
                "--ficus.extracted.catalog.url=http://127.0.0.1:" + process(shape, "catalog-service").port(),
                "--ficus.extracted.inventory.url=http://127.0.0.1:" + gateway.port());
        assertThat(process(shape, "inventory-service-2").arguments()).contains("--ficus.seed.products=0");
        assertThat(shape.description())
            .isEqualTo("gateway -> catalog-service + 2 x inventory-service, monolith for the rest");
        assertThat(topologies().microservices(2).description())
            .isEqualTo("gateway -> 2 x catalog-service + 2 x inventory-service, 2 x monolith for the rest");
    }

    @Test
    void everyShapesGatewayDeclaresTheShopsCapabilitiesThroughItsProfile() throws IOException {
        ShopTopologies topologies = topologies();
        List<Topology> shapes = List.of(topologies.gatewayToMonolith(), topologies.gatewayToMonolith(2),
                topologies.microservices(), topologies.microservices(2), topologies.gatewayToMonoliths(2),
                topologies.microservicesWithCatalogs(2));

        for (Topology shape : shapes) {
            assertThat(process(shape, AppJars.GATEWAY).arguments()).as(shape.name())
                .contains("--spring.profiles.active=shop");
        }
    }

    @Test
    void gatewayBalancesTwoMonolithInstancesWithEveryCapabilityStillOnTheMonolith() throws IOException {
        Topology shape = topologies().gatewayToMonolith(2);

        assertThat(shape.processes()).extracting(ProcessSpec::name)
            .containsExactly("monolith", "monolith-2", "gateway");
        assertThat(process(shape, AppJars.GATEWAY).arguments()).contains(
                "--ficus.gateway.monolith-urls=http://127.0.0.1:" + process(shape, "monolith").port()
                        + ",http://127.0.0.1:" + process(shape, "monolith-2").port(),
                "--ficus.gateway.capabilities.catalog.mode=MONOLITH",
                "--ficus.gateway.capabilities.inventory.mode=MONOLITH");
        assertThat(process(shape, "monolith").arguments()).contains("--ficus.seed.products=120");
        assertThat(process(shape, "monolith-2").arguments()).contains("--ficus.seed.products=0",
                "--ficus.seed.customers=0");
        assertThat(shape.description()).isEqualTo("gateway -> 2 x monolith");
        assertThat(topologies().gatewayToMonolith(1).processes()).hasSize(2);
    }

    @Test
    void onlyTheFirstInstanceOfAnApplicationSeedsTheDatabaseTheInstancesShare() throws IOException {
        Topology shape = topologies().microservices(2);

        assertThat(process(shape, "catalog-service").arguments()).contains("--ficus.seed.products=120");
        assertThat(process(shape, "inventory-service").arguments()).contains("--ficus.seed.products=120");
        assertThat(process(shape, "catalog-service-2").arguments()).contains("--ficus.seed.products=0");
        assertThat(process(shape, "inventory-service-2").arguments()).contains("--ficus.seed.products=0",
                "--ficus.shop.faults.enabled=true");
        assertThat(process(shape, "inventory-service-2").launch())
            .isEqualTo(process(shape, "inventory-service").launch());
        assertThat(process(shape, "monolith").arguments()).contains("--ficus.seed.products=120")
            .noneMatch(argument -> argument.startsWith("--ficus.seed.customers="));
        assertThat(process(shape, "monolith-2").arguments()).contains("--ficus.seed.products=0",
                "--ficus.seed.customers=0", "--ficus.shop.faults.enabled=true");
        assertThat(process(shape, "monolith-2").launch()).isEqualTo(process(shape, "monolith").launch());
    }

    @Test
    void singleInstanceShapeGivesTheGatewayOneServiceUrlPerCapability() throws IOException {
        Topology shape = topologies().microservices();

        assertThat(process(shape, AppJars.GATEWAY).arguments())
            .contains("--ficus.gateway.capabilities.catalog.service-url=http://127.0.0.1:"
                    + process(shape, AppJars.CATALOG_SERVICE).port())
            .contains("--ficus.gateway.monolith-url=http://127.0.0.1:" + process(shape, AppJars.MONOLITH).port())
            .noneMatch(argument -> argument.contains("service-urls") || argument.contains("monolith-urls"));
        assertThat(shape.processes()).hasSize(4);
        assertThat(shape.description())
            .isEqualTo("gateway -> catalog-service + inventory-service, monolith for the rest");
    }

    @Test
    void everyGatewayKeepsItsAdminTokenAndUrlInTheRunDirectoryNotInTheCheckout() throws IOException {
        ShopTopologies topologies = topologies();
        for (Topology shape : List.of(topologies.gatewayToMonolith(), topologies.microservices(),
                topologies.microservices(2))) {
            ProcessSpec gateway = process(shape, AppJars.GATEWAY);
            assertThat(gateway.arguments()).contains("--ficus.gateway.admin-token-file="
                    + root.toAbsolutePath().resolve("gateway-admin-" + gateway.port()).resolve("admin-token"));
        }
    }

    @Test
    void namesInstancesAfterTheirApplication() {
        assertThat(ShopTopologies.instanceName("catalog-service", 1)).isEqualTo("catalog-service");
        assertThat(ShopTopologies.instanceName("catalog-service", 2)).isEqualTo("catalog-service-2");
        assertThat(ShopTopologies.applicationOf("catalog-service-2")).isEqualTo("catalog-service");
        assertThat(ShopTopologies.applicationOf("inventory-service")).isEqualTo("inventory-service");
        assertThat(ShopTopologies.applicationOf("monolith")).isEqualTo("monolith");
        assertThat(ShopTopologies.applicationOf("monolith-2")).isEqualTo("monolith");
        assertThat(ShopTopologies.applicationOf("catalog-service-x")).isEqualTo("catalog-service-x");
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
    void twoMonolithsBehindTheGatewayAreBalancedAndShareTheFirstOnesDatabaseWhichOnlyItSeeds() throws IOException {
        Topology shape = topologies().gatewayToMonoliths(2);

        assertThat(shape.processes()).extracting(ProcessSpec::name)
            .containsExactly("monolith", "monolith-2", "gateway");
        ProcessSpec first = process(shape, "monolith");
        ProcessSpec second = process(shape, "monolith-2");
        assertThat(process(shape, AppJars.GATEWAY).arguments()).contains(
                "--ficus.gateway.monolith-urls=http://127.0.0.1:" + first.port() + ",http://127.0.0.1:" + second.port(),
                "--ficus.gateway.capabilities.catalog.mode=MONOLITH");
        String shared = "--spring.datasource.url=jdbc:h2:file:" + dataDirectory(first) + "/shop"
                + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
        assertThat(first.arguments()).contains(shared, "--ficus.seed.products=120");
        assertThat(second.arguments()).contains(shared, "--ficus.seed.products=0", "--ficus.seed.customers=0");
        assertThat(dataDirectory(second)).isNotEqualTo(dataDirectory(first));
    }

    @Test
    void twoCatalogInstancesAreBalancedByTheGatewayAndShareOneDatabaseWithOneInventoryAndMonolith() throws IOException {
        Topology shape = topologies().microservicesWithCatalogs(2);

        assertThat(shape.processes()).extracting(ProcessSpec::name)
            .containsExactly("catalog-service", "catalog-service-2", "inventory-service", "monolith", "gateway");
        ProcessSpec first = process(shape, "catalog-service");
        ProcessSpec second = process(shape, "catalog-service-2");
        ProcessSpec inventory = process(shape, AppJars.INVENTORY_SERVICE);
        ProcessSpec gateway = process(shape, AppJars.GATEWAY);
        assertThat(gateway.arguments()).contains(
                "--ficus.gateway.capabilities.catalog.service-urls=http://127.0.0.1:" + first.port()
                        + ",http://127.0.0.1:" + second.port(),
                "--ficus.gateway.capabilities.inventory.service-url=http://127.0.0.1:" + inventory.port(),
                "--ficus.gateway.monolith-url=http://127.0.0.1:" + process(shape, AppJars.MONOLITH).port());
        assertThat(process(shape, AppJars.MONOLITH).arguments()).contains(
                "--ficus.extracted.catalog.url=http://127.0.0.1:" + gateway.port(),
                "--ficus.extracted.inventory.url=http://127.0.0.1:" + inventory.port());
        String shared = "--spring.datasource.url=jdbc:h2:file:" + dataDirectory(first) + "/catalog"
                + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
        assertThat(first.arguments()).contains(shared, "--ficus.seed.products=120");
        assertThat(second.arguments()).contains(shared, "--ficus.seed.products=0");
        assertThat(inventory.arguments()).noneMatch(argument -> argument.startsWith("--spring.datasource.url="));
    }

    @Test
    void oneInstanceOfTheScaledShapesIsTheMainBenchmarksShape() throws IOException {
        ShopTopologies topologies = topologies();

        Topology monolith = topologies.gatewayToMonoliths(1);
        Topology services = topologies.microservicesWithCatalogs(1);

        assertThat(monolith.name()).isEqualTo(ShopTopologies.GATEWAY_MONOLITH);
        assertThat(monolith.processes()).extracting(ProcessSpec::name).containsExactly("monolith", "gateway");
        assertThat(services.name()).isEqualTo(ShopTopologies.MICROSERVICES);
        assertThat(services.processes()).extracting(ProcessSpec::name)
            .containsExactly("catalog-service", "inventory-service", "monolith", "gateway");
        assertThat(monolith.processes().stream().flatMap(process -> process.arguments().stream()))
            .noneMatch(argument -> argument.contains("AUTO_SERVER"));
    }

    @Test
    void readsCpuListsOfTaskset() {
        assertThat(CpuAffinity.cpuList("1")).containsExactly(1);
        assertThat(CpuAffinity.cpuList("1-3")).containsExactly(1, 2, 3);
        assertThat(CpuAffinity.cpuList("0,2-3")).containsExactly(0, 2, 3);
        assertThat(CpuAffinity.NONE.systemUnderTestCpus()).isEmpty();
    }

    private ShopTopologies topologies() throws IOException {
        return new ShopTopologies(StandInAppJars.under(root), root, 120);
    }

    private static String dataDirectory(ProcessSpec process) {
        return process.arguments()
            .stream()
            .filter(argument -> argument.startsWith("--ficus.data-dir="))
            .findFirst()
            .orElseThrow()
            .substring("--ficus.data-dir=".length());
    }

    private static ProcessSpec process(Topology shape, String name) {
        return shape.processes().stream().filter(process -> process.name().equals(name)).findFirst().orElseThrow();
    }

}
