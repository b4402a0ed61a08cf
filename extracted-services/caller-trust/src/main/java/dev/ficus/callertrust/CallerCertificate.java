package dev.ficus.callertrust;

import java.net.http.HttpClient;
import java.util.Optional;

import javax.net.ssl.SSLContext;

import org.jspecify.annotations.Nullable;

/**
 * The certificate this process presents on its own calls to the other processes when
 * mutual TLS is on ({@code ficus.trust.mtls.enabled}), with the authority it trusts them
 * by; nothing when it is off.
 */
public final class CallerCertificate {

    private static final CallerCertificate NONE = new CallerCertificate(null);

    private final @Nullable SSLContext context;

    private CallerCertificate(@Nullable SSLContext context) {
        this.context = context;
    }

    /** Calls over plain HTTP or with the JDK's default TLS settings. */
    public static CallerCertificate none() {
        return NONE;
    }

    /** Calls presenting the key and certificate in {@code context}. */
    public static CallerCertificate of(SSLContext context) {
        return new CallerCertificate(context);
    }

    /**
     * {@code client}, presenting this certificate on its TLS handshakes if there is one.
     */
    public HttpClient.Builder presentedBy(HttpClient.Builder client) {
        return context == null ? client : client.sslContext(context);
    }

    /** The TLS context presenting this certificate, if calls present one. */
    public Optional<SSLContext> context() {
        return Optional.ofNullable(context);
    }

    /** Whether calls present a certificate. */
    public boolean presented() {
        return context != null;
    }

}
