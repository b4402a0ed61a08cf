package dev.ficus.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** Sends contract requests over loopback HTTP and reads the answers as JSON. */
final class ContractClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final JsonMapper json;

    ContractClient(JsonMapper json) {
        this.json = json;
    }

    Answer send(AppProcess target, ContractCase request) {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body());
        HttpRequest httpRequest = HttpRequest.newBuilder(target.baseUrl().resolve(request.path()))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .method(request.method(), body)
            .build();
        try {
            HttpResponse<String> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
            String location = response.headers()
                .firstValue("Location")
                .map(value -> URI.create(value).getPath())
                .orElse(null);
            return new Answer(target.name(), response.statusCode(), location, parse(response.body()));
        }
        catch (IOException e) {
            throw new IllegalStateException(target.name() + " did not answer " + request + ": " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + request, e);
        }
    }

    private tools.jackson.databind.JsonNode parse(String body) {
        if (body.isBlank()) {
            return JsonNodeFactory.instance.missingNode();
        }
        try {
            return json.readTree(body);
        }
        catch (JacksonException e) {
            return JsonNodeFactory.instance.stringNode(body);
        }
    }

}
