package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.source.InvalidInputException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the strangler gateway's admin API with the bearer token. An unreachable
 * gateway, a refused token or a rejected change is the user's to fix, so each becomes one
 * line (exit 2), never a stack trace. Public for {@code ficus demo}, which drives a
 * rollout through it.
 */
public final class GatewayAdminClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI gateway;

    private final String token;

    private final HttpClient http;

    private final JsonMapper json = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    public GatewayAdminClient(URI gateway, String token) {
        this.gateway = gateway;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public <T> T get(String path, TypeReference<T> answer) {
        return read(send(request(path).GET()), answer);
    }

    public <T> T put(String path, Object body, Class<T> answer) {
        return read(send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))),
                answer);
    }

    public <T> T post(String path, @Nullable Object body, Class<T> answer) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        return read(send(request(path).POST(publisher)), answer);
    }

    <T> T delete(String path, Class<T> answer) {
        return read(send(request(path).DELETE()), answer);
    }

    private <T> T read(String body, Class<T> type) {
        return bind(() -> json.readValue(body, type), body);
    }

    private <T> T read(String body, TypeReference<T> type) {
        return bind(() -> json.readValue(body, type), body);
    }

    /**
     * An answer that is not JSON, or that does not fit the admin API's records: a gateway
     * of another version.
     */
    private <T> T bind(Supplier<T> binding, String body) {
        try {
            return binding.get();
        }
        catch (InputCoercionException e) {
            throw notUnderstood(e);
        }
        catch (StreamReadException e) {
            throw notJson(body);
        }
        catch (JacksonException e) {
            throw notUnderstood(e);
        }
    }

    private static InvalidInputException notUnderstood(JacksonException e) {
        return new InvalidInputException("the gateway answered something this version of ficus does not "
                + "understand (a gateway of another version?): " + e.getOriginalMessage());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    }

    private String send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (ConnectException | HttpTimeoutException e) {
            throw new InvalidInputException("no gateway admin API answers at " + gateway
                    + " (start the gateway, or pass --gateway with its admin URL)");
        }
        catch (IOException e) {
            throw new InvalidInputException("talking to the gateway at " + gateway + " failed: " + e.getMessage());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidInputException("interrupted while talking to the gateway");
        }
        return bodyOf(request, response);
    }

    private String bodyOf(HttpRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401) {
            throw new InvalidInputException("the gateway refused the admin token (401); pass --token or --token-file");
        }
        String body = response.body().isBlank() ? "{}" : response.body();
        if (status >= 400) {
            String detail = problemDetail(body);
            throw new InvalidInputException(request.method() + " " + request.uri().getPath() + " was refused (" + status
                    + ")" + (detail.isEmpty() ? "" : ": " + detail));
        }
        return body;
    }

    /**
     * The {@code detail} of the RFC 9457 problem the gateway answers a refused request
     * with; empty when the answer is JSON of another shape.
     */
    private String problemDetail(String body) {
        try {
            Problem problem = json.readValue(body, Problem.class);
            return problem.detail() == null ? "" : problem.detail();
        }
        catch (StreamReadException e) {
            throw notJson(body);
        }
        catch (JacksonException e) {
            return "";
        }
    }

    private static InvalidInputException notJson(String body) {
        return new InvalidInputException(
                "the gateway answered something that is not JSON: " + body.substring(0, Math.min(80, body.length())));
    }

    /**
     * The part of a problem answer ficus shows.
     *
     * @param detail what was wrong with the request
     */
    private record Problem(@Nullable String detail) {
    }

}
