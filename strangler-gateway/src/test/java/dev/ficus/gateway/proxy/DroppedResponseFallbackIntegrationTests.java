package dev.ficus.gateway.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that sends its status line and headers and then drops the connection before any body byte: a read is
 * answered by the monolith (nothing had reached the user yet), a write is not replayed.
 */
class DroppedResponseFallbackIntegrationTests {

	Path stateDir;

	Backend monolith;

	Backend unused;

	HeadersThenHangUp service;

	Gateway gateway;

	@BeforeEach
	void start() throws IOException {
		stateDir = Files.createTempDirectory("ficus-gateway-dropped");
		monolith = Backend.start("monolith");
		unused = Backend.start("catalog-service");
		service = new HeadersThenHangUp();
		gateway = Gateway.start(monolith, unused, stateDir,
				Map.of("ficus.gateway.capabilities.catalog.service-url", "http://127.0.0.1:" + service.port()));
		gateway.route("catalog", "SERVICE", 100);
	}

	@AfterEach
	void stop() throws IOException {
		gateway.close();
		service.close();
		unused.close();
		monolith.close();
		FileSystemUtils.deleteRecursively(stateDir);
	}

	@Test
	void aReadWhoseServiceAnswerBreaksOffAfterTheHeadersIsAnsweredByTheMonolith() {
		HttpResponse<String> response = gateway.get("/api/catalog/products/1");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Ficus-Served-By")).hasValue("monolith");
		assertThat(GatewayFixtures.json(response).get("path").asString()).isEqualTo("/api/catalog/products/1");
		assertThat(service.connections()).isPositive();
		assertThat(monolith.requests()).isEqualTo(1);
	}

	@Test
	void aWriteWhoseServiceAnswerBreaksOffIsNotReplayedOnTheMonolith() {
		HttpResponse<String> response = GatewayFixtures.send(HttpRequest.newBuilder(gateway.url("/api/catalog/products"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"tea\"}"))
			.header("Content-Type", "application/json"));

		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.headers().firstValue("X-Ficus-Served-By")).hasValue("service");
		assertThat(monolith.requests()).isZero();
	}

	/** Reads a request's head, answers a status line and headers announcing a body, waits, then hangs up. */
	static final class HeadersThenHangUp implements AutoCloseable {

		private final ServerSocket socket;

		private final AtomicInteger connections = new AtomicInteger();

		HeadersThenHangUp() throws IOException {
			socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			Thread acceptor = new Thread(this::serve, "headers-then-hang-up");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return socket.getLocalPort();
		}

		int connections() {
			return connections.get();
		}

		private void serve() {
			while (!socket.isClosed()) {
				try (Socket connection = socket.accept()) {
					connections.incrementAndGet();
					readHead(connection.getInputStream());
					OutputStream out = connection.getOutputStream();
					out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
					out.flush();
					// hang up only once the gateway has taken the headers and waits for the body
					Thread.sleep(300);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (IOException ex) {
					if (!socket.isClosed()) {
						throw new UncheckedIOException(ex);
					}
				}
			}
		}

		private static void readHead(InputStream in) throws IOException {
			int matched = 0;
			byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
			for (int read = in.read(); read != -1 && matched < end.length; read = in.read()) {
				matched = read == end[matched] ? matched + 1 : (read == end[0] ? 1 : 0);
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

	}

}
