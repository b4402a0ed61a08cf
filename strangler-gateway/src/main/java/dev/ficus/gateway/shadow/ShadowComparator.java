package dev.ficus.gateway.shadow;

import dev.ficus.gateway.api.FieldDiff;
import dev.ficus.gateway.api.DiffSample;
import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.Semaphore;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.web.reactive.function.client.WebClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a request on the service and, for learning noise, once more on the monolith,
 * then compares the answers as JSON the way Diffy does: fields that differ between two
 * monolith answers are noise, not differences. Everything runs after the user has the
 * answer, with bounded concurrency; a copy that finds no free slot is dropped rather than
 * queued.
 */
class ShadowComparator {

    private static final byte[] EMPTY = new byte[0];

    private final URI monolithUrl;

    private final Function<String, Optional<URI>> serviceUrls;

    private final WebClient client;

    private final ShadowProperties properties;

    private final ShadowReports reports;

    private final JsonMapper json;

    private final Scheduler scheduler;

    private final Clock clock;

    private final Semaphore inFlight;

    ShadowComparator(URI monolithUrl, Function<String, Optional<URI>> serviceUrls, WebClient client,
            ShadowProperties properties, ShadowReports reports, JsonMapper json, Scheduler scheduler, Clock clock) {
        this.monolithUrl = monolithUrl;
        this.serviceUrls = serviceUrls;
        this.client = client;
        this.properties = properties;
        this.reports = reports;
        this.json = json;
        this.scheduler = scheduler;
        this.clock = clock;
        this.inFlight = new Semaphore(properties.maxInFlight());
    }

    void submit(ShadowRequest request) {
        ShadowResults results = reports.of(request.capability());
        Optional<URI> serviceUrl = serviceUrls.apply(request.capability());
        if (serviceUrl.isEmpty() || !inFlight.tryAcquire()) {
            results.dropped();
            return;
        }
        Mono.zip(fetch(monolithUrl, request), fetch(serviceUrl.get(), request))
            .timeout(properties.timeout())
            .publishOn(scheduler)
            .doFinally(signal -> inFlight.release())
            .subscribe(answers -> compare(request, answers.getT1(), answers.getT2(), results),
                    failure -> results.failed());
    }

    private Mono<Answer> fetch(URI base, ShadowRequest request) {
        return client.method(request.method())
            .uri(base.resolve(request.pathAndQuery()))
            .headers(headers -> headers.addAll(request.headers()))
            .exchangeToMono(response -> response.bodyToMono(byte[].class)
                .defaultIfEmpty(EMPTY)
                .map(body -> new Answer(response.statusCode().value(), body)));
    }

    private void compare(ShadowRequest request, Answer secondMonolith, Answer service, ShadowResults results) {
        Answer monolith = new Answer(request.monolithStatus(), request.monolithBody());
        List<FieldDiff> diffs = new ArrayList<>();
        if (monolith.status() != service.status()) {
            diffs.add(new FieldDiff("$status", String.valueOf(monolith.status()), String.valueOf(service.status())));
        }
        JsonNode expected = parse(monolith.body());
        JsonNode again = parse(secondMonolith.body());
        JsonNode actual = parse(service.body());
        if (expected != null && actual != null) {
            if (again != null) {
                results.learnNoise(JsonDiff.between(expected, again));
            }
            JsonDiff.between(expected, actual)
                .stream()
                .filter(diff -> !isVolatile(diff.path()) && !results.isNoise(diff.path()))
                .forEach(diffs::add);
        }
        else if (!Arrays.equals(monolith.body(), service.body())
                && Arrays.equals(monolith.body(), secondMonolith.body())) {
            diffs.add(TextDifference.between(monolith.body(), service.body()));
        }
        if (diffs.isEmpty()) {
            results.matched();
        }
        else {
            results.differed(new DiffSample(clock.instant(), request.method().name(), request.pathAndQuery(),
                    monolith.status(), service.status(), diffs));
        }
    }

    private boolean isVolatile(String path) {
        String name = path.replaceAll("(\\[\\*])+$", "");
        name = name.substring(name.lastIndexOf('.') + 1);
        for (String field : properties.volatileFields()) {
            if (field.startsWith("$") ? field.equals(path) : field.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private @Nullable JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        }
        catch (JacksonException ex) {
            return null;
        }
    }

    private record Answer(int status, byte[] body) {
    }

}
