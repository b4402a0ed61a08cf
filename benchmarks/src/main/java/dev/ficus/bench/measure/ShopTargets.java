package dev.ficus.bench.measure;

import java.util.ArrayList;
import java.util.List;

import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ShopTopologies;

/**
 * The shop's three topologies paired with the faults that show each one's blast radius,
 * the same fault in every shape: the owner of inventory stops answering (the module's
 * fault switch in the monolith shapes, kill -9 of inventory-service where it is a
 * process) and the fault switch in both (the monolith's module switch,
 * inventory-service's own switch: the service runs the monolith's inventory module
 * classes). In the monolith shapes the two are one fault, measured once.
 */
public final class ShopTargets {

    /**
     * The inventory module's fault switch: a {@code POST} makes every inventory operation
     * answer 503 until a {@code DELETE}. An actuator endpoint of the module
     * ({@code InventoryOutageEndpoint}, with {@code ficus.shop.faults.enabled=true}), so
     * the monolith and inventory-service, which runs the same module classes, both have
     * it.
     */
    public static final String INVENTORY_FAULT_PATH = "/actuator/faults/inventory";

    private ShopTargets() {
    }

    /**
     * Targets whose jars exist, in comparison order; {@code skipped} receives one line
     * per topology left out.
     */
    public static List<BenchmarkTarget> available(AppJars jars, ShopTopologies topologies, List<String> skipped) {
        List<BenchmarkTarget> targets = new ArrayList<>();
        FaultInjector inventoryModuleFails = new HttpFaultSwitch(AppJars.MONOLITH, INVENTORY_FAULT_PATH);
        add(targets, skipped, jars,
                BenchmarkTarget.of(ShopTopologies.MONOLITH, topologies::monolith, inventoryModuleFails),
                AppJars.MONOLITH);
        add(targets, skipped, jars, BenchmarkTarget.of(ShopTopologies.GATEWAY_MONOLITH, topologies::gatewayToMonolith,
                inventoryModuleFails), AppJars.MONOLITH, AppJars.GATEWAY);
        // the reversible switch first: the killed process stays dead
        List<FaultCase> serviceFaults = List.of(
                new FaultCase(List.of(FaultCase.SWITCH_IN_BOTH),
                        new HttpFaultSwitch(AppJars.INVENTORY_SERVICE, INVENTORY_FAULT_PATH)),
                new FaultCase(List.of(FaultCase.OWNER_STOPS), new KillProcess(AppJars.INVENTORY_SERVICE)));
        add(targets, skipped, jars,
                new BenchmarkTarget(ShopTopologies.MICROSERVICES, topologies::microservices, serviceFaults),
                AppJars.MONOLITH, AppJars.GATEWAY, AppJars.CATALOG_SERVICE, AppJars.INVENTORY_SERVICE);
        return targets;
    }

    private static void add(List<BenchmarkTarget> targets, List<String> skipped, AppJars jars, BenchmarkTarget target,
            String... apps) {
        if (jars.has(apps)) {
            targets.add(target);
            return;
        }
        List<String> missing = jars.missing().stream().filter(List.of(apps)::contains).toList();
        skipped.add(target.name() + " skipped: no runnable jar for " + String.join(", ", missing));
    }

}
