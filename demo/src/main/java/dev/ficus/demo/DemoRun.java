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
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.PlanDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the demo: the migration guide's journey, step by step, each step printing
 * what it proved. Whatever happens, the processes it started are stopped when it ends
 * (unless asked to keep them running).
 */
final class DemoRun {

    /** How long the applications may take to start on a busy two-core machine. */
    static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    /** The product whose stock shows the monolith reserving on the service. */
    static final int ORDERED_PRODUCT = 7;

    /** The folder under the demo's for the databases and the gateway's state. */
    static final String STATE = "state";

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
        this.launcher = ProcessLauncher.of(JvmOptions.QUICK, CpuAffinity.NONE, out.toAbsolutePath().resolve("logs"))
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
        DemoTopology shape = start(service);
        MigrationProof migration = migrate(shape);
        current = Step.SHADOW;
        TrafficMove traffic = new TrafficMove(URI.create(shape.adminUrl()), shape.adminTokenFile(),
                new ShopClient(shape.gatewayPort()), service);
        ShadowFindings shadow = shadow(traffic);
        List<AuditEntry> decisions = canary(traffic, shape);
        ShortComparison.Side alone = baseline(shape);
        String callProof = switchMonolith(shape);
        ShortComparison.Side services = compare(shape, alone);
        page(new DemoPage.Content(service.capability(), choice.why(), service.origin(), analysis,
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
        CandidateChoice choice = CandidateChoice.pick(document, new HandWrittenServices(jars), requested);
        CandidatePlan candidate = choice.candidate();
        print.step(Step.PLAN, order(document) + " (" + out.resolve("plan/plan.md") + ")");
        print.detail("moving %s (rank %d, score %.2f, %d tables): %s; its service is %s".formatted(candidate.name(),
                candidate.rank(), candidate.score(), candidate.data().tables().size(), choice.why(),
                choice.service().origin()));
        return choice;
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
        require(answer.ok() && answer.servedBy().equals("monolith"), "GET " + service.read(5)
                + " through the gateway answered " + answer.status() + " served by '" + answer.servedBy() + "'");
        print.step(Step.START,
                "ready: " + ready + "; GET " + service.read(5) + " through the gateway served by " + answer.servedBy());
        print.detail("live dashboard: " + shape.dashboardUrl() + " (admin token in "
                + out.resolve(STATE).resolve(DemoTopology.ADMIN_TOKEN_FILE) + ")");
        return shape;
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

    private ShadowFindings shadow(TrafficMove traffic) {
        current = Step.SHADOW;
        ShadowFindings findings = traffic.shadow();
        findings.samples().forEach(sample -> print.detail("differs: " + sample));
        require(findings.differing() == 0,
                findings.differing() + " of " + findings.compared() + " answers differ between monolith and service");
        require(findings.compared() == TrafficMove.SHADOW_READS,
                "only %d of %d reads were compared (%d failed, %d dropped)".formatted(findings.compared(),
                        TrafficMove.SHADOW_READS, findings.failed(), findings.dropped()));
        print.step(Step.SHADOW,
                ("%d reads answered by the monolith, replayed on the service: %d compared, %d differ "
                        + "(diff rate %.3f), %d failed")
                    .formatted(TrafficMove.SHADOW_READS, findings.compared(), findings.differing(), findings.diffRate(),
                            findings.failed()));
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
        require(answer.ok() && answer.servedBy().equals("service"),
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
        proof = proof.formatted(service.monolithSwitch(), ready.toMillis() / 1000.0, ORDERED_PRODUCT, before, after);
        print.step(Step.SWITCH, proof);
        return proof;
    }

    private ShortComparison.Side compare(DemoTopology shape, ShortComparison.Side alone) {
        current = Step.COMPARE;
        ShortComparison.Side services = ShortComparison
            .measure("gateway -> " + shape.service().app() + " + monolith calling it", shape.gatewayPort());
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
