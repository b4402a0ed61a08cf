package dev.ficus.shop.extraction;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An extracted service was not called (its circuit is open, it refused the connection) or
 * said it is unavailable: a 503 problem with {@code Retry-After}, since asking again
 * later may well succeed.
 */
public class CapabilityUnavailableException extends ErrorResponseException {

    CapabilityUnavailableException(String capability, String reason, Duration retryAfter, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, cause);
        setDetail("The " + capability + " service is unavailable: " + reason);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }

}
