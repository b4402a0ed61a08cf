package dev.ficus.bench.measure;

import java.util.ArrayList;
import java.util.List;

import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ShopTopologies;

/**
 * The shop's three topologies paired with the fault that shows each one's blast radius:
 * the inventory capability fails — inside the monolith's process where inventory is a
 * module, as a killed process where it is a service.
 */
public final class ShopTargets {

    /**
     * The monolith's fault switch: a {@code POST} makes its inventory module fail
     * (reservations throw) until restart. Exposed by the monolith as an actuator endpoint
     * for exactly this benchmark.
     */
    public static final String MONOLITH_INVENTORY_FAULT_PATH = "/actuator/faults/inventory";

    private ShopTargets() {
    }

    /**
     * Targets whose jars exist, in comparison order; {@code skipped} receives one line
     * per topology left out.
     */
    public static List<BenchmarkTarget> available(AppJars jars, ShopTopologies topologies, List<String> skipped) {
        List<BenchmarkTarget> targets = new ArrayList<>();
        FaultInjector inventoryModuleFails = new HttpFaultSwitch(AppJars.MONOLITH, MONOLITH_INVENTORY_FAULT_PATH);
        add(targets, skipped, jars,
                new BenchmarkTarget(ShopTopologies.MONOLITH, topologies::monolith, inventoryModuleFails),
                AppJars.MONOLITH);
        add(targets, skipped, jars, new BenchmarkTarget(ShopTopologies.GATEWAY_MONOLITH, topologies::gatewayToMonolith,
                inventoryModuleFails), AppJars.MONOLITH, AppJars.GATEWAY);
        add(targets, skipped, jars,
                new BenchmarkTarget(ShopTopologies.MICROSERVICES, topologies::microservices,
                        new KillProcess(AppJars.INVENTORY_SERVICE)),
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
