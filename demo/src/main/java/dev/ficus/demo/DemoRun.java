package dev.ficus.demo;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.ficus.analyzer.cli.FicusCommand;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.CpuAffinity;
import dev.ficus.bench.topology.JvmOptions;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.RunningTopology;
import dev.ficus.datamigration.MigrateDataCommand;
import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.api.RolloutStatus;
import dev.ficus.gateway.api.RolloutView;
import dev.ficus.gateway.api.ShadowReport;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.PlanDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the demo: the migration guide's journey, step by step, each step printing
 * what it proved. Whatever happens, the processes it started are stopped when it ends
 * (unless asked to keep them running).
 * <p>
 * Longer than 300 lines because it is the demo's script: one short method per step, in
 * the order the user sees them, each handing its result to the next; the work of a step
 * lives in its own class ({@link ServiceExtraction}, {@link TrafficMove},
 * {@link MigrationProof}, {@link ShortComparison}, {@link DemoPage}).
 */
final class DemoRun {

    /** How long the applications may take to start on a busy two-core machine. */
    static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    /** The product whose stock shows the monolith reserving on the service. */
    static final int ORDERED_PRODUCT = 7;

    /** Orders placed before the data moves, so it is not only seed data. */
    static final int PLACED_ORDERS = 20;

    /** The folder under the demo's for the databases and the gateway's state. */
    static final String STATE = "state";

    /** The folder under the demo's the generated services go to. */
    static final String SERVICES = "services";

    private static final String BUILD_LOG = "logs/build.log";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path checkout;

    private final Path out;

    private final Optional<String> requested;

    private final StepPrinter print;

    private final AppJars jars;

    private final ProcessLauncher launcher;

    private Step current = Step.ANALYSE;

    private @Nullable RunningTopology running;

    DemoRun(Path checkout, Path out, Optional<String> requested, StepPrinter print) {
        this.checkout = checkout;
        this.out = out;
        this.requested = requested;
        this.print = print;
        this.jars = AppJars.under(checkout);
        this.launcher = ProcessLauncher.of(JvmOptions.DEMO, CpuAffinity.NONE, out.toAbsolutePath().resolve("logs"))
            .withReadyTimeout(READY_TIMEOUT);
    }

    /** The step running now, or the one that failed. */
    Step current() {
        return current;
    }

    /**
     * Runs every step; the processes stay up until {@link #stop()} or {@link #detach()}.
     */
    void run() {
        String analysis = analyse();
        CandidateChoice choice = plan();
        RunnableService service = choice.service();
        String origin = extract(service);
        DemoTopology shape = start(service);
        MigrationProof migration = migrate(shape);
        current = Step.SHADOW;
        TrafficMove traffic = new TrafficMove(URI.create(shape.adminUrl()), shape.adminTokenFile(),
                new ShopClient(shape.gatewayPort()), service);
        ShadowReport shadow = shadow(traffic);
        List<AuditEntry> decisions = canary(traffic, shape);
        ShortComparison.Side alone = baseline(shape);
        String callProof = switchMonolith(shape);
        ShortComparison.Side services = compare(shape, alone);
        page(new DemoPage.Content(service.capability(), choice.why(), origin, analysis,
                order(PlanDocuments.read(planFile())), migration, shadow, decisions, callProof,
                List.of(alone, services), shape.dashboardUrl()), shape);
    }

    private String analyse() {
        current = Step.ANALYSE;
        InProcessCommand analysis = InProcessCommand.run(FicusCommand.commandLine(), log(Step.ANALYSE), "analyze",
                checkout.resolve("monolith-app").toString(), "--out", out.resolve("analysis").toString(), "-q");
        require(analysis.succeeded(), "ficus analyze exited with " + analysis.exitCode());
        String facts = analysis.firstLine().split(";")[0];
        print.step(Step.ANALYSE, facts + " in monolith-app (" + out.resolve("analysis/report.html") + ")");
        return facts;
    }

    private CandidateChoice plan() {
        current = Step.PLAN;
        InProcessCommand plan = InProcessCommand.run(FicusCommand.commandLine(), log(Step.PLAN), "plan", "--analysis",
                out.resolve("analysis/analysis.json").toString(), "--out", out.resolve("plan").toString());
        require(plan.succeeded(), "ficus plan exited with " + plan.exitCode());
        MigrationPlan document = PlanDocuments.read(planFile());
        CandidateChoice choice = CandidateChoice.pick(document,
                new ExtractedServices(document, planFile(), out.resolve(SERVICES)), requested);
        CandidatePlan candidate = choice.candidate();
        print.step(Step.PLAN, order(document) + " (" + out.resolve("plan/plan.md") + ")");
        print.detail("moving %s (rank %d, score %.2f, %d tables): %s".formatted(candidate.name(), candidate.rank(),
                candidate.score(), candidate.data().tables().size(), choice.why()));
        return choice;
    }

    /**
     * Generates the candidate's service with {@code ficus extract} and builds it with
     * offline Maven, as its README tells a user; returns where it came from.
     */
    private String extract(RunnableService service) {
        current = Step.EXTRACT;
        ServiceExtraction extraction = new ServiceExtraction(checkout, out);
        List<String> printed = extraction.extract(service, planFile(), log(Step.EXTRACT));
        long started = System.nanoTime();
        extraction.build(service, out.resolve(BUILD_LOG));
        String origin = "generated by ficus extract " + service.capability() + " in "
                + out.relativize(out.resolve(SERVICES).resolve(service.app()));
        print.step(Step.EXTRACT,
                "%s, %s; built with offline Maven in %.0f s (%s)".formatted(origin,
                        printed.isEmpty() ? "" : printed.get(0).replaceFirst("^.*: ", ""),
                        (System.nanoTime() - started) / 1e9, out.relativize(out.resolve(BUILD_LOG))));
        printed.stream().filter(line -> line.startsWith("needs you:")).forEach(print::detail);
        return origin;
    }

    private DemoTopology start(RunnableService service) {
        current = Step.START;
        DemoTopology shape = DemoTopology.onFreePorts(jars, service, out.resolve(STATE));
        running = RunningTopology.start(shape.topology(), launcher);
        String ready = running.startToReady()
            .entrySet()
            .stream()
            .map(entry -> "%s :%d %.0f s".formatted(entry.getKey(),
                    running.process(entry.getKey()).orElseThrow().port(), entry.getValue().toMillis() / 1000.0))
            .collect(Collectors.joining(", "));
        ShopClient.Answer answer = new ShopClient(shape.gatewayPort()).get(service.read(5), null);
        require(answer.answered() && answer.servedBy().equals("monolith"), "GET " + service.read(5)
                + " through the gateway answered " + answer.status() + " served by '" + answer.servedBy() + "'");
        placeOrders(new ShopClient(shape.gatewayPort()));
        print.step(Step.START, "ready: " + ready + "; GET " + service.read(5) + " through the gateway served by "
                + answer.servedBy() + "; " + PLACED_ORDERS + " orders placed through it, so the data to move is live");
        print.detail("live dashboard: " + shape.dashboardUrl() + " (admin token in "
                + out.resolve(STATE).resolve(DemoTopology.ADMIN_TOKEN_FILE) + ")");
        return shape;
    }

    /**
     * Orders of customers 1.. for products 1..: each leaves rows in orders, payments,
     * inventory and notifications, whichever candidate moves.
     */
    private void placeOrders(ShopClient gateway) {
        for (int order = 1; order <= PLACED_ORDERS; order++) {
            ShopClient.Answer placed = gateway.postJson("/api/orders",
                    "{\"customerId\":%d,\"lines\":[{\"productId\":%d,\"quantity\":1}]}".formatted(order, order));
            require(placed.status() == 201, "placing order " + order + " through the gateway answered "
                    + placed.status() + ": " + placed.body().lines().findFirst().orElse(""));
        }
    }

    private MigrationProof migrate(DemoTopology shape) {
        current = Step.MIGRATE;
        List<String> arguments = new ArrayList<>(List.of("--from", shape.shopDatabase(), "--from-user", "sa", "--to",
                shape.serviceDatabase(), "--to-user", "sa"));
        arguments.addAll(shape.service().migrateDataSelection());
        InProcessCommand migration = InProcessCommand.run(MigrateDataCommand.commandLine(), log(Step.MIGRATE),
                arguments.toArray(String[]::new));
        MigrationProof proof = MigrationProof.of(migration.output());
        require(migration.succeeded() && proof.matches(),
                "migrate-data exited with " + migration.exitCode() + ": " + String.join(" / ", migration.output()));
        print.step(Step.MIGRATE, "migrate-data copied %d tables, %d rows; row counts and checksums equal on both sides"
            .formatted(proof.tables().size(), proof.targetRows()));
        proof.table().forEach(print::detail);
        return proof;
    }

    private ShadowReport shadow(TrafficMove traffic) {
        current = Step.SHADOW;
        ShadowReport findings = traffic.shadow();
        findings.samples().forEach(sample -> print.detail("differs: " + JSON.writeValueAsString(sample)));
        require(findings.differing() == 0,
                findings.differing() + " of " + findings.compared() + " answers differ between monolith and service");
        require(findings.compared() >= TrafficMove.SHADOW_READS,
                "only %d of %d reads were compared (%d failed, %d dropped)".formatted(findings.compared(),
                        traffic.shadowReads(), findings.failed(), findings.dropped()));
        print.step(Step.SHADOW,
                ("%d reads answered by the monolith, replayed on the service: %d compared, %d differ "
                        + "(diff rate %.3f), %d failed, %d dropped by the busy gateway and read again")
                    .formatted(traffic.shadowReads(), findings.compared(), findings.differing(), findings.diffRate(),
                            findings.failed(), findings.dropped()));
        return findings;
    }

    private List<AuditEntry> canary(TrafficMove traffic, DemoTopology shape) {
        current = Step.CANARY;
        int seen = traffic.decisions().size();
        RolloutView rollout = traffic.startRollout();
        print.step(Step.CANARY,
                "rollout %s %% through the gateway, >= %d service requests and %d s per step; live: %s".formatted(
                        TrafficMove.CANARY_STEPS, TrafficMove.MIN_REQUESTS, TrafficMove.STEP_INTERVAL.toSeconds(),
                        shape.dashboardUrl()));
        while (rollout.status() == RolloutStatus.RUNNING) {
            RolloutView next = traffic.driveStep(rollout);
            seen = printDecisions(traffic.decisions(), seen);
            require(next.status() != RolloutStatus.RUNNING || next.step() != rollout.step(),
                    "the gateway did not advance from weight " + rollout.weight() + ": " + next.reason());
            rollout = next;
        }
        require(rollout.status() == RolloutStatus.COMPLETED,
                "the rollout ended " + rollout.status() + ": " + rollout.reason());
        RunnableService service = shape.service();
        ShopClient.Answer answer = new ShopClient(shape.gatewayPort()).get(service.read(5), "demo-after");
        require(answer.answered() && answer.servedBy().equals("service"),
                "after the rollout GET " + service.read(5) + " was served by '" + answer.servedBy() + "'");
        print.detail("service at 100 %%: mode %s, GET %s served by %s"
            .formatted(traffic.route(service.capability()).mode(), service.read(5), answer.servedBy()));
        return traffic.decisions();
    }

    private int printDecisions(List<AuditEntry> decisions, int seen) {
        decisions.subList(seen, decisions.size())
            .forEach(entry -> print
                .detail("%s -> %s: %s".formatted(setting(entry.previous()), setting(entry.current()), entry.reason())));
        return decisions.size();
    }

    /**
     * A route setting as the dashboard shows it, e.g. {@code CANARY 25%}; none for an
     * added or removed route.
     */
    private static String setting(@Nullable RouteSetting setting) {
        return setting == null ? "none" : setting.mode() + " " + setting.weight() + "%";
    }

    private ShortComparison.Side baseline(DemoTopology shape) {
        current = Step.BASELINE;
        ShortComparison.Side alone = ShortComparison
            .measure("monolith alone (" + shape.service().capability() + " in-process)", shape.monolithPort());
        print.step(Step.BASELINE, alone.line() + " [short run of the benchmark's method, indicative]");
        return alone;
    }

    private String switchMonolith(DemoTopology shape) {
        current = Step.SWITCH;
        RunnableService service = shape.service();
        String monolithSwitch = service.monolithSwitch();
        if (monolithSwitch == null) {
            String notYet = ("not possible yet for %s: the monolith's side (what reaches the service: calls or "
                    + "forwarded events, and the endpoints the service calls back into) is generated in %s and must "
                    + "be compiled into the monolith, which ficus demo does not rebuild; the monolith keeps its own "
                    + "%s module")
                .formatted(service.capability(),
                        out.relativize(out.resolve(SERVICES).resolve(service.app()).resolve("monolith-adapters")),
                        service.capability());
            print.step(Step.SWITCH, notYet);
            return notYet;
        }
        RunningTopology started = Objects.requireNonNull(running, "the processes start in an earlier step");
        started.replace(shape.monolithCallingService(), launcher.withLogsIn("after-switch"));
        Duration ready = started.awaitReady(DemoTopology.MONOLITH, READY_TIMEOUT);
        ShopClient direct = new ShopClient(shape.servicePort());
        int before = reserved(direct.get(service.read(ORDERED_PRODUCT), null));
        ShopClient.Answer order = new ShopClient(shape.gatewayPort()).postJson("/api/orders",
                "{\"customerId\":1,\"lines\":[{\"productId\":" + ORDERED_PRODUCT + ",\"quantity\":1}]}");
        require(order.status() == 201, "placing an order through the gateway answered " + order.status());
        int after = reserved(direct.get(service.read(ORDERED_PRODUCT), null));
        require(after == before + 1, "the service's reserved stock of product " + ORDERED_PRODUCT + " went " + before
                + " -> " + after + ", not +1: the monolith did not reserve on the service");
        String proof = "monolith restarted with %s (ready in %.0f s); an order placed through the gateway reserved "
                + "product %d on the service (reserved %d -> %d)";
        proof = proof.formatted(monolithSwitch, ready.toMillis() / 1000.0, ORDERED_PRODUCT, before, after);
        print.step(Step.SWITCH, proof);
        return proof;
    }

    private ShortComparison.Side compare(DemoTopology shape, ShortComparison.Side alone) {
        current = Step.COMPARE;
        RunnableService service = shape.service();
        String shapeLabel = (service.monolithSwitch() == null) ? " (the monolith keeps its own module)"
                : " + monolith calling it";
        ShortComparison.Side services = ShortComparison.measure("gateway -> " + service.app() + shapeLabel,
                shape.gatewayPort());
        print.step(Step.COMPARE, "monolith vs services, the same requests [short run of the benchmark's method, "
                + "indicative; ./ficus bench measures]");
        print.detail(alone.line());
        print.detail(services.line());
        return services;
    }

    private void page(DemoPage.Content content, DemoTopology shape) {
        current = Step.PAGE;
        ShopClient.Answer data = new ShopClient(shape.adminPort()).get("/dashboard/data", null);
        require(data.ok(), "the dashboard's data answered " + data.status());
        DemoPage.write(out, content, JSON.readTree(data.body()));
        print.step(Step.PAGE, out.resolve(DemoPage.INDEX)
                + ": links the analysis report, the plan, a dashboard snapshot and the comparison");
    }

    /** Stops every process the demo started; safe to call more than once. */
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    /** Leaves the processes running; returns their ids (none if nothing was started). */
    List<Long> detach() {
        return (running == null) ? List.of() : running.detach();
    }

    Path log(Step step) {
        return out.resolve(step.log());
    }

    private Path planFile() {
        return out.resolve("plan/plan.json");
    }

    private static String order(MigrationPlan plan) {
        return "extraction order: " + plan.candidates()
            .stream()
            .map(candidate -> "%d. %s (%.2f)".formatted(candidate.rank(), candidate.name(), candidate.score()))
            .collect(Collectors.joining(", "));
    }

    private int reserved(ShopClient.Answer stock) {
        require(stock.ok(), "the service's stock read answered " + stock.status());
        return JSON.readTree(stock.body()).path("reserved").asInt(-1);
    }

    private void require(boolean proved, String failure) {
        if (!proved) {
            throw new StepFailedException(failure, log(current));
        }
    }

}
