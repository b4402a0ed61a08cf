package dev.ficus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 49 MB {@code POST /api/orders} (the body that once took the monolith's heap) is
 * refused with a 413 problem before it is read, whether its {@code Content-Length}
 * announces it or it comes chunked, while other users' requests keep being answered. The
 * monolith runs as its own process with the suite's 384 MB heap.
 */
@ExtendWith(DeploymentsExtension.class)
class OversizedBodyIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final long FORTY_NINE_MB = 49L * 1024 * 1024;

    private static final int ROUNDS = 3;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Enough threads for every user, attack and chunked sender at once, whatever the
     * common pool's size.
     */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "oversized-body-test");
        thread.setDaemon(true);
        return thread;
    });

    @Test
    void refusesOversizedOrdersWhileOthersAreStillServed(Deployments deployments) throws Exception {
        AppProcess monolith = deployments.monolith();
        Queue<Long> latenciesMillis = new ConcurrentLinkedQueue<>();
        Queue<Integer> otherStatuses = new ConcurrentLinkedQueue<>();
        AtomicBoolean attacking = new AtomicBoolean(true);
        List<CompletableFuture<Void>> users = new ArrayList<>();
        for (int user = 0; user < 2; user++) {
            users.add(CompletableFuture.runAsync(() -> {
                while (attacking.get()) {
                    long start = System.nanoTime();
                    otherStatuses.add(status(monolith, "/api/catalog/products?page=0&size=20"));
                    latenciesMillis.add((System.nanoTime() - start) / 1_000_000);
                }
            }, THREADS));
        }

        List<Refusal> refusals = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<CompletableFuture<Refusal>> attacks = List.of(
                        CompletableFuture.supplyAsync(() -> oversized(monolith, false), THREADS),
                        CompletableFuture.supplyAsync(() -> oversized(monolith, false), THREADS),
                        CompletableFuture.supplyAsync(() -> oversized(monolith, true), THREADS));
                attacks.forEach(attack -> refusals.add(attack.join()));
            }
        }
        finally {
            attacking.set(false);
            users.forEach(CompletableFuture::join);
        }
        long heapAfter = heapUsed(monolith);

        assertThat(refusals).hasSize(3 * ROUNDS).allSatisfy(refusal -> {
            assertThat(refusal.status()).isEqualTo(413);
            assertThat(refusal.contentType()).startsWith("application/problem+json");
            assertThat(refusal.problem().get("title").asString()).isEqualTo("Content Too Large");
            assertThat(refusal.problem().get("instance").asString()).isEqualTo("/api/orders");
        });
        assertThat(
                refusals.stream().filter(Refusal::chunked).map(refusal -> refusal.problem().get("detail").asString()))
            .containsOnly("The request body is larger than the limit of 1048576 bytes");
        assertThat(otherStatuses).isNotEmpty().containsOnly(200);
        assertThat(status(monolith, "/actuator/health/readiness")).isEqualTo(200);
        List<Long> sorted = new ArrayList<>(latenciesMillis);
        Collections.sort(sorted);
        System.out.printf("oversized bodies: %d refused with 413 (%d announced 49 MB, %d chunked, at most %d KB sent "
                + "each); other users: %d requests all 200, p50 %d ms, p99 %d ms, max %d ms; heap used after %d MB%n",
                refusals.size(), refusals.stream().filter(refusal -> !refusal.chunked()).count(),
                refusals.stream().filter(Refusal::chunked).count(),
                refusals.stream().mapToLong(Refusal::bytesSent).max().orElse(0) / 1024, sorted.size(),
                percentile(sorted, 0.5), percentile(sorted, 0.99), sorted.get(sorted.size() - 1),
                heapAfter / (1024 * 1024));
    }

    /**
     * Sends the head of a 49 MB order and, chunked, its body until the monolith answers;
     * returns that answer.
     */
    private static Refusal oversized(AppProcess app, boolean chunked) {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/orders HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + FORTY_NINE_MB + "\r\n")
                    + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            CompletableFuture<Long> sending = chunked ? CompletableFuture.supplyAsync(() -> sendChunks(out), THREADS)
                    : CompletableFuture.completedFuture(0L);
            Refusal refusal = readAnswer(socket.getInputStream(), chunked);
            socket.shutdownOutput();
            return refusal.sent(sending.join());
        }
        catch (IOException e) {
            throw new IllegalStateException("the monolith did not answer an oversized order: " + e.getMessage(), e);
        }
    }

    private static long sendChunks(OutputStream out) {
        byte[] lines = "{\"productId\":1,\"quantity\":1},".repeat(2048).getBytes(StandardCharsets.US_ASCII);
        byte[] start = "{\"customerId\":1,\"lines\":[".getBytes(StandardCharsets.US_ASCII);
        long sent = 0;
        try {
            writeChunk(out, start);
            sent += start.length;
            while (sent < FORTY_NINE_MB) {
                writeChunk(out, lines);
                sent += lines.length;
            }
        }
        catch (IOException e) {
            // the monolith stopped reading and closed the connection: the rest is never
            // sent
        }
        return sent;
    }

    private static void writeChunk(OutputStream out, byte[] chunk) throws IOException {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Refusal readAnswer(InputStream in, boolean chunked) throws IOException {
        String head = readHead(in);
        int status = Integer.parseInt(head.substring(9, 12));
        String contentType = header(head, "content-type");
        String length = header(head, "content-length");
        byte[] body = header(head, "transfer-encoding").equalsIgnoreCase("chunked") ? readChunkedBody(in)
                : length.isEmpty() ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length));
        return new Refusal(status, contentType, JSON.readTree(body), chunked, 0);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("connection closed before the answer's head ended: " + head);
            }
            head.write(next);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static byte[] readChunkedBody(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(in).trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) >= 0 && next != '\n') {
            line.write(next);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static String header(String head, String name) {
        return head.lines()
            .filter(line -> line.toLowerCase().startsWith(name + ":"))
            .map(line -> line.substring(name.length() + 1).trim())
            .findFirst()
            .orElse("");
    }

    private int status(AppProcess app, String path) {
        try {
            return http
                .send(HttpRequest.newBuilder(app.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
        }
        catch (IOException e) {
            return -1;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private long heapUsed(AppProcess app) throws IOException, InterruptedException {
        URI metric = app.baseUrl().resolve("/actuator/metrics/jvm.memory.used?tag=area:heap");
        String body = http.send(HttpRequest.newBuilder(metric).build(), HttpResponse.BodyHandlers.ofString()).body();
        return JSON.readTree(body).get("measurements").get(0).get("value").asLong();
    }

    private static long percentile(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
    }

    /**
     * The monolith's answer to one oversized order, and how much of its body the client
     * got to send.
     */
    private record Refusal(int status, String contentType, JsonNode problem, boolean chunked, long bytesSent) {

        Refusal sent(long bytes) {
            return new Refusal(status, contentType, problem, chunked, bytes);
        }
    }

}
