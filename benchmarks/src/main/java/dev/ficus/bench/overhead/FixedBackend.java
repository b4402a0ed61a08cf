package dev.ficus.bench.overhead;

import java.nio.charset.StandardCharsets;

/**
 * The constant answer of the overhead benchmark's backend: the same ~1 KB JSON document
 * for every request, so whatever a proxy adds is all that differs between the measured
 * paths. nginx serves it ({@link NginxProxy#fixedAnswer}): a JDK {@code HttpServer}
 * saturated near 8,000 req/s and capped every path alike.
 */
public final class FixedBackend {

    /** The answer: about 1 KB of JSON, built once. */
    static final byte[] BODY = body();

    private FixedBackend() {
    }

    private static byte[] body() {
        StringBuilder json = new StringBuilder("{\"id\":1,\"sku\":\"TEA-0001\",\"name\":\"Fixed answer\",\"items\":[");
        for (int i = 0; i < 12; i++) {
            json.append(i == 0 ? "" : ",")
                .append("{\"line\":%d,\"product\":\"product-%04d\",\"quantity\":%d,\"price\":\"%d.99\",\"note\":\"constant\"}"
                    .formatted(i, i, i + 1, 10 + i));
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

}
