package dev.ficus.callertrust;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Compares a presented token with the configured one in constant time. The tokens are
 * long random secrets given to processes, not passwords people choose: a slow hash on
 * every internal call would buy nothing.
 */
final class TokenEncoder implements PasswordEncoder {

    @Override
    public String encode(@Nullable CharSequence token) {
        return token == null ? "" : token.toString();
    }

    @Override
    public boolean matches(@Nullable CharSequence presented, @Nullable String configured) {
        if (presented == null || configured == null || configured.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(presented.toString().getBytes(StandardCharsets.UTF_8),
                configured.getBytes(StandardCharsets.UTF_8));
    }

}
