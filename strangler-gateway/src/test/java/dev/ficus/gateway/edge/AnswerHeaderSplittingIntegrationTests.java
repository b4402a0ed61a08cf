package dev.ficus.gateway.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A header value carrying a line break never becomes a header of its own in the answer
 * the client gets: the gateway's Netty validates every header it decodes and writes (the
 * edge firewall leaves the answer's headers to it).
 */
class AnswerHeaderSplittingIntegrationTests {

    @TempDir
    Path dir;

    private ServerSocket backend;

    private Thread backendThread;

    private Backend unused;

    private Gateway gateway;

    @BeforeEach
    void start() throws IOException {
        backend = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        backendThread = new Thread(this::answerWithABareCarriageReturn, "raw-backend");
        backendThread.setDaemon(true);
        backendThread.start();
        unused = Backend.start("monolith");
        gateway = Gateway.bare(unused, dir,
                Map.of("ficus.gateway.monolith-url", "http://127.0.0.1:" + backend.getLocalPort()));
    }

    @AfterEach
    void stop() throws IOException {
        gateway.close();
        unused.close();
        backend.close();
        backendThread.interrupt();
    }

    @Test
    void aBackendHeaderWithABareCarriageReturnDoesNotSplitTheAnswer() throws IOException {
        String answer = rawGet(gateway.url("/notes"));

        assertThat(answer).startsWith("HTTP/1.1 ");
        assertThat(answer.lines()).noneMatch(line -> line.toLowerCase().startsWith("set-cookie"));
        assertThat(answer).doesNotContain("session=planted");
    }

    /** Every connection gets one answer whose header value hides a second header. */
    private void answerWithABareCarriageReturn() {
        while (!backend.isClosed()) {
            try (Socket connection = backend.accept()) {
                readHead(connection.getInputStream());
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                        + "X-Note: a\rSet-Cookie: session=planted\r\nConnection: close\r\n\r\nok")
                    .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            catch (IOException ex) {
                // closed by the test
            }
        }
    }

    private static String rawGet(URI url) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                .write(("GET " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                        + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        while (matched < end.length) {
            int next = in.read();
            if (next < 0) {
                throw new UncheckedIOException(new IOException("request head cut short"));
            }
            matched = (next == end[matched]) ? matched + 1 : (next == end[0] ? 1 : 0);
        }
    }

}
