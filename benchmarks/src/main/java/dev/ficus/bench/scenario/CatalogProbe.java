package dev.ficus.bench.scenario;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import dev.ficus.bench.load.LoopbackTarget;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a running shop how many products it seeded, so the mix draws only ids that exist.
 */
public final class CatalogProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogProbe() {
    }

    /** Whether {@code path} answers 2xx now (a probe; any failure is a no). */
    public static boolean answers(LoopbackTarget target, String path) {
        HttpRequest request = HttpRequest.newBuilder(target.resolve(path)).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode() / 100 == 2;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Reads {@code totalElements} of the first catalog page; customers cannot be listed
     * and are taken as given.
     */
    public static ShopData discover(LoopbackTarget target, int customerCount, int pageSize) {
        HttpRequest request = HttpRequest.newBuilder(target.resolve("/api/catalog/products?page=0&size=1"))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
        try {
            var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "catalog answered HTTP " + response.statusCode() + " at " + request.uri());
            }
            JsonNode total = JSON.readTree(response.body()).path("totalElements");
            if (!total.isNumber() || total.asLong() < 1) {
                throw new IllegalStateException("catalog page has no positive totalElements: " + response.body());
            }
            return new ShopData(total.asInt(), customerCount, pageSize);
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot read catalog at " + request.uri() + ": " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the catalog", ex);
        }
    }

}
