package dev.ficus.contract;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OTLP/HTTP trace receiver on a loopback port, standing in for a collector (Zipkin,
 * Jaeger or the OpenTelemetry Collector all take the same requests): it keeps every
 * export request's body and answers 200.
 * <p>
 * The bodies are OTLP protobuf. One export request comes from one process and carries
 * that process's {@code service.name} resource attribute and its spans' 16-byte trace
 * ids, so finding both in one body proves that the process exported a span of that trace;
 * decoding the whole message would need the protobuf runtime for no gain here.
 */
final class OtlpReceiver implements AutoCloseable {

    static final String TRACES_PATH = "/v1/traces";

    private final HttpServer server;

    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        OtlpReceiver receiver = new OtlpReceiver(server);
        server.createContext(TRACES_PATH, exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                receiver.exports.add(body.readAllBytes());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    /** Where the applications send their spans. */
    URI tracesEndpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + TRACES_PATH);
    }

    int exportCount() {
        return exports.size();
    }

    /**
     * Whether a process named {@code serviceName} exported a span of the trace
     * {@code traceIdHex}.
     */
    boolean received(String serviceName, String traceIdHex) {
        byte[] name = serviceName.getBytes(StandardCharsets.UTF_8);
        byte[] traceId = HexFormat.of().parseHex(traceIdHex);
        return exports.stream().anyMatch(body -> contains(body, name) && contains(body, traceId));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int start = 0; start <= haystack.length - needle.length; start++) {
            for (int i = 0; i < needle.length; i++) {
                if (haystack[start + i] != needle[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
