package dev.ficus.gateway.admin;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * A second Reactor Netty server, on the admin port, serving the same application as the
 * user port: the admin security chain matches on the port a request arrived on, so admin
 * paths answer only here.
 * <p>
 * Spring Boot has no "additional port" setting for WebFlux, and its management port would
 * also move the health and Prometheus endpoints (which probes and scrapers reach on the
 * user port) to loopback; one more server from Boot's own
 * {@link NettyReactiveWebServerFactory}, on Boot's shared event loops, keeps one
 * application context and one Spring Security configuration. Its address is written to a
 * file next to the admin token, where {@code ficus route} finds it.
 */
public class AdminServer implements SmartLifecycle {

    /** Paths served only on the admin port: the admin API and the dashboard. */
    public static final String[] PATHS = { "/admin", "/admin/**", "/dashboard", "/dashboard/**" };

    private static final Logger logger = LoggerFactory.getLogger(AdminServer.class);

    private final AdminServerProperties properties;

    private final ObjectProvider<HttpHandler> application;

    private final ObjectProvider<ReactorResourceFactory> resources;

    private final Path urlFile;

    private volatile @Nullable WebServer server;

    /**
     * The bound port, read once at start: {@link #serves} runs for every request, and
     * asking the server walks to its channel's address each time.
     */
    private volatile int port = -1;

    AdminServer(AdminServerProperties properties, ObjectProvider<HttpHandler> application,
            ObjectProvider<ReactorResourceFactory> resources, Path urlFile) {
        this.properties = properties;
        this.application = application;
        this.resources = resources;
        this.urlFile = urlFile.toAbsolutePath();
    }

    @Override
    public void start() {
        NettyReactiveWebServerFactory factory = new NettyReactiveWebServerFactory(properties.port());
        factory.setAddress(properties.address());
        resources.ifAvailable(factory::setResourceFactory);
        WebServer started = factory.getWebServer(application.getObject());
        started.start();
        server = started;
        port = started.getPort();
        writeUrlFile();
        logger.info("Admin API and dashboard listen on {} (written to {})", url(), urlFile);
    }

    @Override
    public void stop() {
        WebServer running = server;
        if (running != null) {
            running.stop();
            server = null;
            port = -1;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /**
     * Starts right after the user port's server (Boot's phase for it), stops right before
     * it.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    /** The bound port, or -1 before start. */
    public int port() {
        return port;
    }

    /**
     * The admin base URL, e.g. {@code http://127.0.0.1:8001}; loopback when bound to
     * every address.
     */
    public String url() {
        String host = properties.address().isAnyLocalAddress() ? "127.0.0.1" : properties.address().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** Whether the request came in on the admin port. */
    public boolean serves(ServerWebExchange exchange) {
        InetSocketAddress local = exchange.getRequest().getLocalAddress();
        return local != null && local.getPort() == port();
    }

    private void writeUrlFile() {
        try {
            Files.createDirectories(urlFile.getParent());
            Path temp = Files.createTempFile(urlFile.getParent(), "admin-url", ".tmp");
            try {
                Files.writeString(temp, url() + System.lineSeparator());
                Files.move(temp, urlFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            finally {
                Files.deleteIfExists(temp);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the admin URL file " + urlFile, ex);
        }
    }

}
