package dev.ficus.shop.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ficus.callertrust.CallerCertificate;
import dev.ficus.livesettings.LiveProperties;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.RestClient;

/**
 * How the monolith answers when an extracted service does not: over real loopback
 * sockets, a service that is not listening or whose circuit is open is a 503 problem with
 * {@code Retry-After}; one that breaks the connection off mid-answer or answers 500 is a
 * 502 problem. With the circuit breaker off, every call reaches the service.
 */
class RemoteCapabilityIntegrationTests {

    private static final Duration OPEN_FOR = Duration.ofSeconds(7);

    @Test
    void answersServiceUnavailableWithRetryAfterWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        ErrorResponseException problem = call(connect(port));

        assertThat(problem).isInstanceOf(CapabilityUnavailableException.class);
        assertThat(problem.getStatusCode().value()).isEqualTo(503);
        assertThat(problem.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(problem.getBody().getDetail())
            .isEqualTo("The inventory service is unavailable: no connection (ConnectException)");
    }

    @Test
    void answersBadGatewayWhenTheServiceBreaksOffMidAnswer() throws IOException {
        try (FakeService service = new FakeService(socket -> socket.getOutputStream()
            .write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"id\":".getBytes(StandardCharsets.US_ASCII)))) {
            ErrorResponseException problem = call(connect(service.port()));

            assertThat(problem).isInstanceOf(CapabilityFailedException.class);
            assertThat(problem.getStatusCode().value()).isEqualTo(502);
            assertThat(problem.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNull();
            assertThat(problem.getBody().getDetail()).startsWith("The inventory service failed: broke off (");
        }
    }

    @Test
    void answersBadGatewayWhenTheServiceAnswersAServerError() throws IOException {
        try (FakeService service = new FakeService(socket -> socket.getOutputStream()
            .write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII)))) {
            ErrorResponseException problem = call(connect(service.port()));

            assertThat(problem).isInstanceOf(CapabilityFailedException.class);
            assertThat(problem.getStatusCode().value()).isEqualTo(502);
            assertThat(problem.getBody().getDetail()).isEqualTo("The inventory service failed: answered 500");
        }
    }

    @Test
    void answersServiceUnavailableWithRetryAfterOnceTheCircuitIsOpen() throws IOException {
        try (FakeService service = new FakeService(socket -> socket.getOutputStream()
            .write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII)))) {
            RemoteCapability inventory = connect(service.port());
            for (int attempt = 0; attempt < 4; attempt++) {
                call(inventory);
            }

            ErrorResponseException problem = call(inventory);

            assertThat(problem).isInstanceOf(CapabilityUnavailableException.class);
            assertThat(problem.getStatusCode().value()).isEqualTo(503);
            assertThat(problem.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
            assertThat(problem.getBody().getDetail())
                .isEqualTo("The inventory service is unavailable: circuit open, not called");
        }
    }

    @Test
    void keepsCallingAFailingServiceWhenTheCircuitBreakerIsOff() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        try (FakeService service = new FakeService(socket -> {
            calls.incrementAndGet();
            socket.getOutputStream()
                .write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        })) {
            RemoteCapability inventory = connect(service.port(), false);
            for (int attempt = 0; attempt < 6; attempt++) {
                call(inventory);
            }

            ErrorResponseException problem = call(inventory);

            assertThat(problem).isInstanceOf(CapabilityFailedException.class);
            assertThat(problem.getStatusCode().value()).isEqualTo(502);
            assertThat(problem.getBody().getDetail()).isEqualTo("The inventory service failed: answered 500");
            assertThat(calls).as("calls that reached the service").hasValue(7);
        }
    }

    @Test
    void answersGatewayTimeoutWhenTheServiceAcceptsButNeverAnswers() throws IOException {
        try (FakeService service = new FakeService(socket -> sleep(Duration.ofSeconds(4)))) {
            ErrorResponseException problem = call(connect(service.port()));

            assertThat(problem).isInstanceOf(CapabilityFailedException.class);
            assertThat(problem.getStatusCode().value()).isEqualTo(504);
            assertThat(problem.getBody().getDetail()).isEqualTo("The inventory service failed: no answer in time");
        }
    }

    @Test
    void keepsOneConnectionAliveAcrossCallsAndStartsNoThreadPerCall() throws IOException {
        try (KeepAliveService service = new KeepAliveService()) {
            RemoteCapability inventory = connect(service.port());
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            inventory.idempotent(client -> client.get().uri("/api/inventory/1").retrieve().body(String.class));
            long startedBefore = threads.getTotalStartedThreadCount();

            for (int call = 0; call < 50; call++) {
                String answer = inventory
                    .idempotent(client -> client.get().uri("/api/inventory/1").retrieve().body(String.class));
                assertThat(answer).isEqualTo("{}");
            }

            assertThat(service.connections()).as("connections the service accepted").hasValue(1);
            assertThat(threads.getTotalStartedThreadCount() - startedBefore).as("threads started by 50 calls")
                .isLessThan(5);
        }
    }

    @Test
    void opensANewConnectionWhenTheServiceClosedTheIdleOne() throws IOException {
        try (KeepAliveService service = new KeepAliveService(Duration.ofMillis(300))) {
            RemoteCapability inventory = connect(service.port());
            inventory.idempotent(client -> client.get().uri("/api/inventory/1").retrieve().body(String.class));
            sleep(Duration.ofMillis(1500));

            String answer = inventory
                .idempotent(client -> client.get().uri("/api/inventory/1").retrieve().body(String.class));

            assertThat(answer).isEqualTo("{}");
            assertThat(service.connections()).as("connections the service accepted").hasValue(2);
        }
    }

    private static RemoteCapability connect(int port) {
        return connect(port, true);
    }

    private static RemoteCapability connect(int port, boolean circuitBreakerEnabled) {
        ExtractedServicesProperties properties = new ExtractedServicesProperties(null,
                new ExtractedServicesProperties.Service(URI.create("http://127.0.0.1:" + port)), Duration.ofSeconds(1),
                Duration.ofSeconds(2), 1, OPEN_FOR, circuitBreakerEnabled);
        return new RemoteCapabilities(LiveProperties.of(ExtractedServicesProperties.class, properties),
                RestClient.builder(), CallerCertificate.none())
            .connect("inventory");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ErrorResponseException call(RemoteCapability service) {
        return catchThrowableOfType(ErrorResponseException.class,
                () -> service.idempotent(client -> client.get().uri("/api/inventory/1").retrieve().body(String.class)));
    }

    /**
     * A loopback server that answers every connection with {@code answer} and then closes
     * it.
     */
    private static final class FakeService implements AutoCloseable {

        private final ServerSocket server;

        private final Thread acceptor;

        FakeService(SocketAnswer answer) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        readRequestHead(socket.getInputStream());
                        answer.accept(socket);
                        socket.getOutputStream().flush();
                    }
                    catch (IOException e) {
                        // closed by the test, or the client went away
                    }
                }
            }, "fake-inventory-service");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        /**
         * Reads up to the end of a request's head: false when the connection ended first.
         */
        static boolean readRequestHead(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            while (matched < end.length) {
                int next = in.read();
                if (next < 0) {
                    return false;
                }
                matched = next == end[matched] ? matched + 1 : (next == end[0] ? 1 : 0);
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            server.close();
            acceptor.interrupt();
        }

    }

    /**
     * A loopback server that keeps each connection open and answers every request on it
     * with {@code {}}, counting the connections it accepted; with an idle timeout it
     * closes a connection no request came on for that long, as a servlet container closes
     * an idle kept-alive one.
     */
    private static final class KeepAliveService implements AutoCloseable {

        private static final byte[] ANSWER = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\n\r\n{}")
            .getBytes(StandardCharsets.US_ASCII);

        private final ServerSocket server;

        private final AtomicInteger connections = new AtomicInteger();

        private final Duration idleTimeout;

        KeepAliveService() throws IOException {
            this(Duration.ZERO);
        }

        KeepAliveService(Duration idleTimeout) throws IOException {
            this.idleTimeout = idleTimeout;
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "fake-keep-alive-service");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    connections.incrementAndGet();
                    Thread answering = new Thread(() -> answer(socket), "fake-keep-alive-connection");
                    answering.setDaemon(true);
                    answering.start();
                }
                catch (IOException e) {
                    // closed by the test
                }
            }
        }

        private void answer(Socket socket) {
            try (socket) {
                socket.setSoTimeout((int) idleTimeout.toMillis());
                while (FakeService.readRequestHead(socket.getInputStream())) {
                    socket.getOutputStream().write(ANSWER);
                    socket.getOutputStream().flush();
                }
            }
            catch (IOException e) {
                // the client went away, or the connection was idle too long
            }
        }

        int port() {
            return server.getLocalPort();
        }

        AtomicInteger connections() {
            return connections;
        }

        @Override
        public void close() throws IOException {
            server.close();
        }

    }

    /** What the fake service writes back on an accepted connection. */
    @FunctionalInterface
    private interface SocketAnswer {

        void accept(Socket socket) throws IOException;

    }

}
