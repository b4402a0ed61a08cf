package dev.ficus.gateway.admin;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Accepts a bearer token that is the admin token (compared in constant time); the
 * principal is the token's id, e.g. {@code admin-token:1a2b3c4d}, which the audit log
 * records.
 */
class AdminTokenAuthenticationManager implements ReactiveAuthenticationManager {

    static final String ROLE = "ROLE_ADMIN";

    private final AdminToken token;

    AdminTokenAuthenticationManager(AdminToken token) {
        this.token = token;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        return Mono.fromSupplier(() -> {
            if (!(authentication instanceof BearerTokenAuthenticationToken bearer)
                    || !token.matches(bearer.getToken())) {
                throw new BadCredentialsException("The bearer token is not the admin token");
            }
            return UsernamePasswordAuthenticationToken.authenticated("admin-token:" + token.id(), null,
                    List.of(new SimpleGrantedAuthority(ROLE)));
        });
    }

}
