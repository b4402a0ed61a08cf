package dev.ficus.shop.extraction;

import dev.ficus.callertrust.CallerCertificate;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The connections the monolith's calls to its extracted services go through: one pool
 * (Apache HttpClient), kept alive between calls, each call made on the calling thread.
 * Not the JDK's {@code HttpClient}: Spring's request factory for it sends asynchronously,
 * and the JDK then hands every answer to {@code CompletableFuture}'s default executor,
 * which on a machine or container with two CPUs or fewer is a new thread per call.
 * <p>
 * The pool knows nothing of where calls go or how long an answer may take (per request
 * factory, so a settings change rebuilds those alone); it reads the connect timeout from
 * the settings each time it opens a connection. Retries, redirects, cookies and content
 * decoding are the caller's business or none of it: the client does none of them.
 */
final class ServiceConnectionPool implements AutoCloseable {

    /**
     * Connections kept per service; a call beyond them waits for one up to the connect
     * timeout.
     */
    static final int CONNECTIONS_PER_SERVICE = 64;

    /**
     * A connection idle this long is checked before it is used again: a service closes
     * kept-alive connections that stay idle (Tomcat after 60 s by default), and a call
     * sent on one of those would fail without reaching it.
     */
    static final TimeValue VALIDATE_AFTER_IDLE = TimeValue.ofSeconds(1);

    private final PoolingHttpClientConnectionManager connections;

    private final CloseableHttpClient client;

    private final Supplier<Duration> connectTimeout;

    ServiceConnectionPool(CallerCertificate certificate, Supplier<Duration> connectTimeout) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnPerRoute(CONNECTIONS_PER_SERVICE)
            .setMaxConnTotal(4 * CONNECTIONS_PER_SERVICE)
            .setConnectionConfigResolver(route -> ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout.get()))
                .setValidateAfterInactivity(VALIDATE_AFTER_IDLE)
                .build());
        // with ficus.trust.mtls.enabled, the monolith's certificate from its trust bundle
        certificate.context().ifPresent(context -> pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(context)));
        this.connections = pool.build();
        this.client = HttpClients.custom()
            .setConnectionManager(connections)
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableContentCompression()
            .disableAuthCaching()
            .build();
        this.connectTimeout = connectTimeout;
    }

    /**
     * Requests over this pool that wait at most {@code readTimeout} for an answer (and at
     * most the connect timeout for a free connection).
     */
    ClientHttpRequestFactory requests(Duration readTimeout) {
        HttpComponentsClientHttpRequestFactory requests = new HttpComponentsClientHttpRequestFactory(client);
        requests.setReadTimeout(readTimeout);
        requests.setConnectionRequestTimeout(connectTimeout.get());
        return requests;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

}
