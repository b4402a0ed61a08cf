package dev.ficus.gateway.admin;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

import dev.ficus.gateway.problem.ProblemResponses;

/**
 * Spring Security for the two ports. On the admin port, {@code /admin/**} needs the admin
 * bearer token, the dashboard is read-only and open, anything else is not there. On the
 * user port, admin and dashboard paths are not there (404), whatever their spelling: the
 * chains match the decoded, parameter-free path the router matches, after the firewall
 * has refused {@code ;}, encoded slashes and the like.
 * <p>
 * Bearer token only: no session, no cookie, no form login, no basic auth, so there is
 * nothing a cross-site request could ride on, and CSRF protection (which guards cookie
 * sessions) is off.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class AdminSecurityConfiguration {

    private static final String NOTHING_HERE_ON_ADMIN_PORT = "Nothing is served at this path on the admin port";

    private static final String ADMIN_ON_ITS_OWN_PORT = "The admin API and the dashboard are not served on this port;"
            + " they listen on the admin port (ficus.gateway.admin.address and ficus.gateway.admin.port)";

    private static final String[] ADMIN_PATHS = { "/admin", "/admin/**" };

    private static final String[] DASHBOARD_PATHS = { "/dashboard", "/dashboard/data", "/dashboard/history" };

    /**
     * No observation around each security filter: they are not exported, and wrapping
     * every filter of every request showed up in the gateway's per-request profile.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ReactiveAuthenticationManager adminTokenAuthenticationManager(AdminToken token) {
        return new AdminTokenAuthenticationManager(token);
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain adminPortSecurity(ServerHttpSecurity http, AdminServer server,
            ReactiveAuthenticationManager manager, ProblemResponses problems) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, failure) -> unauthorized(exchange, failure, problems);
        ServerAuthenticationEntryPoint notHere = (exchange, failure) -> notFound(exchange, problems,
                NOTHING_HERE_ON_ADMIN_PORT);
        AuthenticationWebFilter bearer = new AuthenticationWebFilter(manager);
        bearer.setServerAuthenticationConverter(new ServerBearerTokenAuthenticationConverter());
        bearer.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(unauthorized));
        ServerWebExchangeMatcher adminPaths = ServerWebExchangeMatchers.pathMatchers(ADMIN_PATHS);
        ServerAccessDeniedHandler denied = (exchange, failure) -> notFound(exchange, problems,
                NOTHING_HERE_ON_ADMIN_PORT);
        return stateless(http)
            .securityMatcher(exchange -> server.serves(exchange) ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch())
            .authorizeExchange(exchanges -> exchanges.matchers(adminPaths)
                .authenticated()
                .pathMatchers(HttpMethod.GET, DASHBOARD_PATHS)
                .permitAll()
                .anyExchange()
                .denyAll())
            .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
            .exceptionHandling(
                    handling -> handling.authenticationEntryPoint((exchange, failure) -> adminPaths.matches(exchange)
                        .flatMap(match -> match.isMatch() ? unauthorized.commence(exchange, failure)
                                : notHere.commence(exchange, failure)))
                        .accessDeniedHandler(denied))
            .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain userPortSecurity(ServerHttpSecurity http, AdminServerProperties admin,
            ProblemResponses problems) {
        ServerAuthenticationEntryPoint notHere = (exchange, failure) -> notFound(exchange, problems,
                ADMIN_ON_ITS_OWN_PORT);
        // Only the paths it refuses: every proxied request would otherwise run the whole
        // chain (context, anonymous user, authorization) just to be permitted.
        return stateless(http).securityMatcher(new PathPatternsMatcher(AdminServer.PATHS))
            .headers(ServerHttpSecurity.HeaderSpec::disable)
            .authorizeExchange(exchanges -> exchanges.anyExchange().denyAll())
            .exceptionHandling(handling -> handling.authenticationEntryPoint(notHere)
                .accessDeniedHandler((exchange, failure) -> notFound(exchange, problems, ADMIN_ON_ITS_OWN_PORT)))
            .build();
    }

    private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
            .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .logout(ServerHttpSecurity.LogoutSpec::disable)
            .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
            .securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    }

    private static Mono<Void> unauthorized(ServerWebExchange exchange, AuthenticationException failure,
            ProblemResponses problems) {
        boolean tokenGiven = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        exchange.getResponse()
            .getHeaders()
            .set(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer realm=\"ficus-gateway\"" + (tokenGiven ? ", error=\"invalid_token\"" : ""));
        ProblemDetail problem = ProblemResponses.of(HttpStatus.UNAUTHORIZED,
                "The admin API needs the header Authorization: Bearer <admin token>", exchange);
        return problems.write(exchange, problem);
    }

    private static Mono<Void> notFound(ServerWebExchange exchange, ProblemResponses problems, String detail) {
        return problems.write(exchange, ProblemResponses.of(HttpStatus.NOT_FOUND, detail, exchange));
    }

}
