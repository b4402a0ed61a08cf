package dev.ficus.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.ficus.analyzer.cli.GatewayAdminClient;
import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.RolloutRequest;
import dev.ficus.gateway.api.RolloutStatus;
import dev.ficus.gateway.api.RolloutView;
import dev.ficus.gateway.api.RouteChange;
import dev.ficus.gateway.api.RouteView;
import dev.ficus.gateway.api.ShadowReport;
import tools.jackson.core.type.TypeReference;

/**
 * Moves the candidate's traffic through the gateway's admin API, as {@code ficus route}
 * does: shadow until every answer matches, then a progressive rollout to 100 %.
 */
final class TrafficMove {

    /** Reads shadowed: one per seeded product id from 1. */
    static final int SHADOW_READS = 100;

    /** Rounds of reads the shadow step sends at most, the first one included. */
    static final int SHADOW_ROUNDS = 5;

    /** Canary weights, as the migration guide's rollout. */
    static final List<Integer> CANARY_STEPS = List.of(5, 25, 50, 100);

    /** Service requests each canary step needs before it may advance. */
    static final int MIN_REQUESTS = 20;

    /**
     * Minimum time per step. Short, and a loose latency ratio below, because freshly
     * started JVMs on a busy laptop say little about latency; the guide explains both.
     */
    static final Duration STEP_INTERVAL = Duration.ofSeconds(3);

    static final double MAX_P99_RATIO = 10;

    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(200);

    /** Canary users a step may use at most before the demo gives up on it. */
    private static final int MAX_USERS_PER_STEP = 5_000;

    private final GatewayAdminClient admin;

    private final ShopClient users;

    private final RunnableService service;

    private int shadowReads;

    TrafficMove(URI adminUrl, Path tokenFile, ShopClient users, RunnableService service) {
        this.admin = new GatewayAdminClient(adminUrl, readToken(tokenFile));
        this.users = users;
        this.service = service;
    }

    /**
     * Shadows reads until the gateway compared {@link #SHADOW_READS} of them: copies it
     * dropped because too many comparisons were running (a busy machine) are read again,
     * in at most {@link #SHADOW_ROUNDS} rounds, and a difference stops the shadowing.
     */
    ShadowReport shadow() {
        admin.put(route(),
                new RouteChange(Mode.SHADOW, null, "ficus demo: compare answers before anyone depends " + "on them"),
                RouteView.class);
        ShadowReport findings = findings();
        for (int round = 0; round < SHADOW_ROUNDS && findings.compared() < SHADOW_READS
                && findings.differing() == 0; round++) {
            for (long missing = SHADOW_READS - findings.compared(); missing > 0; missing--) {
                shadowRead(1 + shadowReads % SHADOW_READS);
            }
            findings = awaitSettled();
        }
        return findings;
    }

    /** The reads sent in shadow mode, dropped copies read again included. */
    int shadowReads() {
        return shadowReads;
    }

    private void shadowRead(int id) {
        shadowReads++;
        ShopClient.Answer answer = users.get(service.read(id), null);
        if (!answer.answered() || !answer.servedBy().equals("monolith")) {
            throw new StepFailedException("GET " + service.read(id) + " answered " + answer.status() + " served by '"
                    + answer.servedBy() + "' in shadow mode", null);
        }
    }

    private ShadowReport awaitSettled() {
        Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
        ShadowReport findings = findings();
        while (settled(findings) < shadowReads && Instant.now().isBefore(deadline)) {
            pause();
            findings = findings();
        }
        return findings;
    }

    ShadowReport findings() {
        return admin.get("/admin/shadow/" + service.capability(), new TypeReference<ShadowReport>() {
        });
    }

    /** Copies the gateway is done with: compared, failed or dropped. */
    private static long settled(ShadowReport findings) {
        return findings.compared() + findings.failed() + findings.dropped();
    }

    RolloutView startRollout() {
        RolloutRequest plan = new RolloutRequest(CANARY_STEPS, (long) MIN_REQUESTS, STEP_INTERVAL, null, MAX_P99_RATIO,
                null, null);
        return admin.post(route() + "/rollout", plan, RolloutView.class);
    }

    /**
     * Sends fresh users until exactly {@link #MIN_REQUESTS} of them were served by the
     * service at this step, then waits for the gateway to decide; returns the rollout
     * after its decision. Sticky user ids make the split the same on every run.
     */
    RolloutView driveStep(RolloutView rollout) {
        int served = 0;
        for (int user = 1; served < MIN_REQUESTS; user++) {
            if (user > MAX_USERS_PER_STEP) {
                throw new StepFailedException("at weight " + rollout.weight() + " the service served only " + served
                        + " of " + MAX_USERS_PER_STEP + " users", null);
            }
            ShopClient.Answer answer = users.get(service.read(1 + user % SHADOW_READS),
                    "demo-" + rollout.weight() + "-" + user);
            if (answer.servedBy().equals("service")) {
                served++;
            }
        }
        Instant deadline = Instant.now().plus(STEP_INTERVAL).plus(SETTLE_TIMEOUT);
        RolloutView now = rollout();
        while (now.status() == RolloutStatus.RUNNING && now.step() == rollout.step()
                && Instant.now().isBefore(deadline)) {
            pause();
            now = rollout();
        }
        return now;
    }

    RolloutView rollout() {
        return admin.get(route() + "/rollout", new TypeReference<RolloutView>() {
        });
    }

    RouteView route(String capability) {
        return admin.get("/admin/routes/" + capability, new TypeReference<RouteView>() {
        });
    }

    /** The gateway's decisions for the candidate, oldest first. */
    List<AuditEntry> decisions() {
        List<AuditEntry> all = admin.get("/admin/audit?limit=100", new TypeReference<List<AuditEntry>>() {
        });
        return all.stream().filter(entry -> entry.capability().equals(service.capability())).toList();
    }

    private String route() {
        return "/admin/routes/" + service.capability();
    }

    private static String readToken(Path tokenFile) {
        try {
            return Files.readString(tokenFile).trim();
        }
        catch (IOException ex) {
            throw new StepFailedException("the gateway wrote no admin token to " + tokenFile, null);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new StepFailedException("interrupted", null);
        }
    }

}
