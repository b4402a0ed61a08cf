package dev.ficus.callertrust;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads the caller's name and token from {@link CallerTrustProperties#CALLER_HEADER} and
 * {@link CallerTrustProperties#TOKEN_HEADER} as credentials for Spring Security's
 * authentication manager; a request with neither is anonymous (and then refused).
 */
final class CallerHeadersConverter implements AuthenticationConverter {

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
        String caller = request.getHeader(CallerTrustProperties.CALLER_HEADER);
        String token = request.getHeader(CallerTrustProperties.TOKEN_HEADER);
        if (caller == null && token == null) {
            return null;
        }
        return UsernamePasswordAuthenticationToken.unauthenticated(caller == null ? "" : caller,
                token == null ? "" : token);
    }

}
