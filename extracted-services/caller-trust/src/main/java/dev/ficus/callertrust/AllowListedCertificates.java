package dev.ficus.callertrust;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.userdetails.AuthenticationUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * The caller a verified client certificate names (its subject CN): one on the allow-list
 * has the caller role, any other is known but may call nothing but the open paths (403).
 */
final class AllowListedCertificates implements AuthenticationUserDetailsService<PreAuthenticatedAuthenticationToken> {

    private final Set<String> allowed;

    AllowListedCertificates(List<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public UserDetails loadUserDetails(PreAuthenticatedAuthenticationToken token) {
        String caller = token.getName();
        User.UserBuilder user = User.withUsername(caller).password("");
        return allowed.contains(caller) ? user.roles(CallerTrustAutoConfiguration.CALLER_ROLE).build()
                : user.authorities(List.of()).build();
    }

}
