package dev.ficus.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;

/**
 * The services {@code ficus extract} generates for the sample's candidates, in
 * {@code <demo>/services/<name>-service}: which candidates the demo can drive, and what
 * it needs to know of each. A candidate qualifies when it owns tables for
 * {@code migrate-data} to move and the demo knows a read of it to shadow.
 */
final class ExtractedServices implements ServiceSource {

    /** The version of Ficus's own artifacts, as the generated projects name them. */
    static final String VERSION = "0.1.0-SNAPSHOT";

    /**
     * A read the sample's users send to each capability, an id from 1 standing as
     * {@code %d}. The plan names a candidate's endpoints, not the request parameters a
     * read needs, so the demo keeps the sample's own.
     */
    static final Map<String, String> SAMPLE_READS = Map.of("catalog", "/api/catalog/products/%d", "customers",
            "/api/customers/%d", "inventory", "/api/inventory/%d", "notifications", "/api/notifications?customerId=%d",
            "orders", "/api/orders/%d", "payments", "/api/payments?orderId=%d", "shipping", "/api/shipping?orderId=%d");

    /**
     * The one candidate the sample monolith calls as a service without a rebuild: it
     * carries the remote adapter for inventory (and catalog, whose calls the demo does
     * not prove); every other candidate's adapters are generated into
     * {@code monolith-adapters/} and must be compiled into the monolith first.
     */
    static final String CALLED_WITHOUT_REBUILD = "inventory";

    private final MigrationPlan plan;

    private final Path planFile;

    private final Path services;

    ExtractedServices(MigrationPlan plan, Path planFile, Path services) {
        this.plan = plan;
        this.planFile = planFile.toAbsolutePath();
        this.services = services.toAbsolutePath();
    }

    @Override
    public Optional<RunnableService> serviceFor(CandidatePlan candidate) {
        String name = candidate.name();
        String read = SAMPLE_READS.get(name);
        if (read == null || !drivable(candidate)) {
            return Optional.empty();
        }
        String app = name + "-service";
        Path project = services.resolve(app);
        return Optional
            .of(new RunnableService(name, app, project, project.resolve("target/" + app + "-" + VERSION + ".jar"), name,
                    List.of("ficus.seed.products=0", "ficus.seed.customers=0"), candidate.traffic().paths(),
                    List.of("--plan", planFile.toString(), "--capability", name), read,
                    name.equals(CALLED_WITHOUT_REBUILD) ? "ficus.extracted." + name + ".url" : null));
    }

    @Override
    public String whyNone(CandidatePlan candidate) {
        if (candidate.data().tables().isEmpty()) {
            return "it owns no tables, so migrate-data has nothing to move";
        }
        return "the demo knows no read of it to shadow (it knows the sample's reads of "
                + String.join(", ", SAMPLE_READS.keySet().stream().sorted().toList()) + ")";
    }

    @Override
    public List<String> names() {
        return plan.candidates().stream().filter(this::drivable).map(CandidatePlan::name).toList();
    }

    private boolean drivable(CandidatePlan candidate) {
        return !candidate.data().tables().isEmpty() && SAMPLE_READS.containsKey(candidate.name());
    }

}
