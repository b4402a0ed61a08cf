package dev.ficus.callertrust;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * With {@code ficus.trust.enabled}, a servlet app answers only callers on its allow-list
 * ({@code ficus.trust.callers}), each proving its name with its token in two headers;
 * anyone else gets 401. The probes and the Prometheus scrape stay open. Without it, no
 * security filter runs at all (and Boot's generated login stays off). Calls this app
 * makes with a Boot {@code RestClient.Builder} carry its own identity
 * ({@code ficus.trust.caller}, {@code ficus.trust.token}) whenever one is set.
 * <p>
 * With {@code ficus.trust.mtls.enabled} the caller is instead the subject CN of its TLS
 * client certificate, verified against the trust bundle's authority, and the allow-list
 * is {@code ficus.trust.mtls.callers}: a caller with no certificate gets 401, one with a
 * certificate whose CN is not on the list 403 ({@link MutualTlsEnvironment} sets up the
 * HTTPS side, {@link CallerCertificate} the certificate on this app's own calls).
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        // the same on Spring Boot 3, so one jar serves a service on either
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration" })
@EnableConfigurationProperties(CallerTrustProperties.class)
public class CallerTrustAutoConfiguration {

    private static final String BOOT_FOUR_CUSTOMIZER = "org.springframework.boot.restclient.RestClientCustomizer";

    /** The role every caller on the allow-list has. */
    static final String CALLER_ROLE = "CALLER";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Receiving {

        @Bean
        UserDetailsService allowedCallers(CallerTrustProperties properties) {
            TokenEncoder tokens = new TokenEncoder();
            List<UserDetails> callers = properties.callers()
                .entrySet()
                .stream()
                .map(caller -> User.withUsername(caller.getKey())
                    .password(tokens.encode(caller.getValue()))
                    .roles(CALLER_ROLE)
                    .build())
                .toList();
            return new InMemoryUserDetailsManager(callers);
        }

        @Bean
        SecurityFilterChain callerTrust(HttpSecurity http, CallerTrustProperties properties,
                UserDetailsService allowedCallers) throws Exception {
            if (properties.mtls().enabled()) {
                return byCertificate(http, properties);
            }
            if (!properties.enabled()) {
                // a chain that matches nothing: no security filter, header or cost on any
                // request, and Boot's
                // default chain (everything behind a generated password) backs off
                return http.securityMatcher(request -> false).build();
            }
            stateless(http);
            HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
            DaoAuthenticationProvider byToken = new DaoAuthenticationProvider(allowedCallers);
            byToken.setPasswordEncoder(new TokenEncoder());
            AuthenticationFilter callerHeaders = new AuthenticationFilter(new ProviderManager(byToken),
                    new CallerHeadersConverter());
            // on success the request goes on to its controller, as it would with HTTP
            // Basic
            callerHeaders.setSuccessHandler((request, response, authentication) -> {
            });
            callerHeaders.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
            return onlyCallers(http.addFilterAt(callerHeaders, BasicAuthenticationFilter.class), properties,
                    unauthorized);
        }

        /**
         * The caller is the subject CN of its client certificate, which the TLS handshake
         * has already verified against the trust bundle's authority.
         */
        private static SecurityFilterChain byCertificate(HttpSecurity http, CallerTrustProperties properties)
                throws Exception {
            List<String> allowed = properties.mtls().callers();
            if (allowed.isEmpty()) {
                throw new IllegalStateException(
                        "ficus.trust.mtls.enabled is true but ficus.trust.mtls.callers names no caller: nobody could call");
            }
            HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
            return onlyCallers(
                    stateless(http).x509(x509 -> x509.x509PrincipalExtractor(new CommonNameExtractor())
                        .authenticationUserDetailsService(new AllowListedCertificates(allowed))),
                    properties, unauthorized);
        }

        /**
         * No session, cookie, form, basic auth or CSRF token: a caller proves itself per
         * request.
         */
        private static HttpSecurity stateless(HttpSecurity http) throws Exception {
            return http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        }

        /**
         * Open paths for anyone, every other path for an authenticated caller on the
         * allow-list; 401 otherwise.
         */
        private static SecurityFilterChain onlyCallers(HttpSecurity http, CallerTrustProperties properties,
                HttpStatusEntryPoint unauthorized) throws Exception {
            return http
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(properties.openPaths().toArray(String[]::new))
                            .permitAll()
                            .anyRequest()
                            .hasRole(CALLER_ROLE))
                .exceptionHandling(failures -> failures.authenticationEntryPoint(unauthorized))
                .build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class Presenting {

        @Bean
        CallerCertificate callerCertificate(CallerTrustProperties properties, ObjectProvider<SslBundles> bundles) {
            if (!properties.mtls().enabled()) {
                return CallerCertificate.none();
            }
            return CallerCertificate.of(bundles.getObject().getBundle(properties.mtls().bundle()).createSslContext());
        }

    }

    /**
     * Spring Boot 4: a customizer, which Boot applies to its {@code RestClient.Builder}
     * and to the clients behind {@code @ImportHttpServices} alike.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = BOOT_FOUR_CUSTOMIZER)
    static class Sending {

        @Bean
        RestClientCustomizer callerIdentity(CallerTrustProperties properties) {
            return builder -> properties.identity()
                .ifPresent(identity -> builder.defaultHeader(CallerTrustProperties.CALLER_HEADER, identity.caller())
                    .defaultHeader(CallerTrustProperties.TOKEN_HEADER, identity.token()));
        }

    }

    /**
     * Spring Boot 3, whose customizer is another type: the {@code RestClient.Builder}
     * Boot defines, and no other.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass(BOOT_FOUR_CUSTOMIZER)
    @ConditionalOnClass(RestClient.class)
    static class SendingOnBootThree {

        @Bean
        static CallerIdentityHeaders callerIdentity(ObjectProvider<CallerTrustProperties> properties) {
            return new CallerIdentityHeaders(properties);
        }

    }

}
