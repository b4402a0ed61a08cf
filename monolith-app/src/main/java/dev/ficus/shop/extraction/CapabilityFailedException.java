package dev.ficus.shop.extraction;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An extracted service was called and broke off: the connection was reset or closed
 * mid-answer, or it answered with a server error (502 problem), or it did not answer
 * within the read timeout (504 problem).
 */
public class CapabilityFailedException extends ErrorResponseException {

    CapabilityFailedException(HttpStatus status, String capability, String reason, Throwable cause) {
        super(status, cause);
        setDetail("The " + capability + " service failed: " + reason);
    }

}
