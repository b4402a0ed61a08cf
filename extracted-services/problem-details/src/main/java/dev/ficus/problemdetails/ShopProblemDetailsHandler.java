package dev.ficus.problemdetails;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every MVC and {@code ErrorResponse} exception as a problem detail with all five RFC 9457 members, as the
 * shop's HTTP contract requires: a problem without a more specific type gets {@code about:blank} (Spring leaves an
 * unset type out of the body).
 */
@RestControllerAdvice
public class ShopProblemDetailsHandler extends ResponseEntityExceptionHandler {

    /** The type of a problem that needs no more than its HTTP status to be understood. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
