package dev.ficus.bench.load;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * One request the generator is about to send: which endpoint it counts towards and what
 * goes on the wire.
 *
 * @param endpoint the name statistics are kept under, e.g. {@code "product-detail"}
 * @param method HTTP method
 * @param path path and query, relative to the target base URI, starting with {@code /}
 * @param jsonBody request body sent as {@code application/json}, or {@code null} for none
 */
public record PlannedRequest(String endpoint, String method, String path, @Nullable String jsonBody) {

    public PlannedRequest {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(method, "method");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
    }

    public static PlannedRequest get(String endpoint, String path) {
        return new PlannedRequest(endpoint, "GET", path, null);
    }

    public static PlannedRequest postJson(String endpoint, String path, String jsonBody) {
        return new PlannedRequest(endpoint, "POST", path, Objects.requireNonNull(jsonBody, "jsonBody"));
    }
}
