package dev.ficus.shop.extraction;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An extracted service cannot be reached, answers with a server error, or its circuit is open: a 503 problem. */
public class CapabilityUnavailableException extends ErrorResponseException {

    CapabilityUnavailableException(String capability, String reason, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, cause);
        setDetail("The " + capability + " service is unavailable: " + reason);
    }
}
