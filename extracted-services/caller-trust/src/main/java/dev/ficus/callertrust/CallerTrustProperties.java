package dev.ficus.callertrust;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ficus.trust.*}: whom this process accepts calls from, and who it is when it
 * calls.
 *
 * @param enabled whether calls must name an allowed caller (off by default: the embedded
 * demo and local runs need nothing)
 * @param callers the allow-list: each caller's name and the token it proves itself with
 * (from a Secret on Kubernetes), e.g. {@code strangler-gateway}
 * @param caller this process's name on its own calls to other processes, absent when it
 * calls as nobody
 * @param token the token its own calls carry with {@link #caller}
 * @param openPaths paths anyone may call: the probes and the Prometheus scrape, which
 * carry no identity
 * @param mtls callers identified by their TLS client certificate instead of a token
 */
@ConfigurationProperties("ficus.trust")
public record CallerTrustProperties(boolean enabled, Map<String, String> callers, @Nullable String caller,
        @Nullable String token, List<String> openPaths, Mtls mtls) {

    /** Who calls: a name on the receiver's allow-list. */
    public static final String CALLER_HEADER = "X-Ficus-Caller";

    /** The caller's token, the one the receiver's allow-list has for that name. */
    public static final String TOKEN_HEADER = "X-Ficus-Caller-Token";

    public CallerTrustProperties {
        callers = callers == null ? Map.of() : Map.copyOf(callers);
        openPaths = openPaths == null || openPaths.isEmpty()
                ? List.of("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error")
                : List.copyOf(openPaths);
        mtls = mtls == null ? Mtls.OFF : mtls;
        if (enabled && !mtls.enabled() && callers.isEmpty()) {
            throw new IllegalArgumentException(
                    "ficus.trust.enabled is true but ficus.trust.callers names no caller: nobody could call");
        }
    }

    /**
     * Names the callers, never a token (this record may be logged or shown by actuator).
     */
    @Override
    public String toString() {
        return "CallerTrustProperties[enabled=" + enabled + ", callers=" + callers.keySet() + ", caller=" + caller
                + ", openPaths=" + openPaths + ", mtls=" + mtls + "]";
    }

    /**
     * The identity this process's own calls carry, when both its name and token are set.
     */
    public Optional<Identity> identity() {
        if (caller == null || caller.isBlank() || token == null || token.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Identity(caller, token));
    }

    /**
     * A caller's name and token, as its calls carry them.
     *
     * @param caller the name on the receivers' allow-lists
     * @param token the token they have for that name
     */
    public record Identity(String caller, String token) {

        @Override
        public String toString() {
            return "Identity[caller=" + caller + ", token=(hidden)]";
        }

    }

    /**
     * {@code ficus.trust.mtls.*}: mutual TLS between the processes. On, a servlet app
     * serves HTTPS with the {@link #bundle} and asks every caller for a certificate from
     * the bundle's trusted authority, names the caller by its certificate's subject CN
     * and answers only the CNs in {@link #callers}; its own calls (and the gateway's
     * proxied ones) present the bundle's certificate. The caller and token headers play
     * no part.
     *
     * @param enabled whether the processes speak mutual TLS (off by default)
     * @param bundle the Spring Boot SSL bundle ({@code spring.ssl.bundle.*}) holding this
     * process's key, certificate and the trusted authority
     * @param callers the allow-list: the subject CNs whose calls this process answers
     */
    public record Mtls(boolean enabled, String bundle, List<String> callers) {

        /** The bundle's name unless {@code ficus.trust.mtls.bundle} names another. */
        public static final String DEFAULT_BUNDLE = "ficus-trust";

        static final Mtls OFF = new Mtls(false, DEFAULT_BUNDLE, List.of());

        public Mtls {
            bundle = bundle == null || bundle.isBlank() ? DEFAULT_BUNDLE : bundle;
            callers = callers == null ? List.of() : List.copyOf(callers);
        }

    }

}
