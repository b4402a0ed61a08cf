package dev.ficus.demo;

import java.util.List;
import java.util.Optional;

import dev.ficus.bench.topology.AppJars;
import dev.ficus.plan.CandidatePlan;

/**
 * The services written by hand under {@code extracted-services/} that the demo can run
 * with the gateway: {@code inventory}. ({@code catalog-service} exists too, but the
 * demo's proof that the monolith calls the service reads reserved stock, which only
 * inventory has.)
 */
final class HandWrittenServices implements ServiceSource {

    private final AppJars jars;

    HandWrittenServices(AppJars jars) {
        this.jars = jars;
    }

    @Override
    public Optional<RunnableService> serviceFor(CandidatePlan candidate) {
        if (!candidate.name().equals("inventory") || !jars.has(AppJars.INVENTORY_SERVICE)) {
            return Optional.empty();
        }
        return Optional.of(new RunnableService("inventory", AppJars.INVENTORY_SERVICE,
                jars.jar(AppJars.INVENTORY_SERVICE), "hand-written in extracted-services/inventory-service",
                "inventory", List.of("ficus.seed.products=0"), List.of("--capability", "inventory"),
                "/api/inventory/%d", "ficus.extracted.inventory.url"));
    }

    @Override
    public String whyNone(CandidatePlan candidate) {
        return "no service to run yet; ficus extract will build one";
    }

    @Override
    public List<String> names() {
        return List.of("inventory");
    }

}
