package dev.ficus.problemdetails;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Renders every MVC and {@code ErrorResponse} exception as a problem detail with all five
 * RFC 9457 members, as the shop's HTTP contract requires: a problem without a more
 * specific type gets {@code about:blank} (Spring leaves an unset type out of the body). A
 * bad request names what was wrong: the fields that broke a constraint, the field whose
 * JSON value has the wrong type; a body past the size limits is a 413.
 */
@RestControllerAdvice
public class ShopProblemDetailsHandler extends ResponseEntityExceptionHandler {

    /** The type of a problem that needs no more than its HTTP status to be understood. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    private static final Map<Class<?>, String> JSON_KINDS = Map.ofEntries(Map.entry(Integer.class, "a whole number"),
            Map.entry(int.class, "a whole number"), Map.entry(Long.class, "a whole number"),
            Map.entry(long.class, "a whole number"), Map.entry(Short.class, "a whole number"),
            Map.entry(short.class, "a whole number"), Map.entry(BigInteger.class, "a whole number"),
            Map.entry(BigDecimal.class, "a number"), Map.entry(Double.class, "a number"),
            Map.entry(double.class, "a number"), Map.entry(Boolean.class, "true or false"),
            Map.entry(boolean.class, "true or false"), Map.entry(String.class, "a string"));

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
        if (cause instanceof BodyTooLargeException || cause instanceof StreamConstraintsException) {
            HttpStatus tooLarge = cause instanceof BodyTooLargeException
                    || String.valueOf(cause.getMessage()).contains("Document length") ? HttpStatus.CONTENT_TOO_LARGE
                            : HttpStatus.BAD_REQUEST;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(tooLarge, firstLine(cause));
            return handleExceptionInternal(ex, problem, headers, tooLarge, request);
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, wrongType(mismatch));
            return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Stream<String> fields = ex.getBindingResult()
            .getFieldErrors()
            .stream()
            .map(error -> error.getField() + " " + error.getDefaultMessage() + rejected(error));
        Stream<String> objects = ex.getBindingResult()
            .getGlobalErrors()
            .stream()
            .map(error -> error.getObjectName() + " " + error.getDefaultMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                joined(Stream.concat(fields, objects).toList()));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> violations = ex.getParameterValidationResults()
            .stream()
            .flatMap(result -> result.getResolvableErrors()
                .stream()
                .map(error -> result.getMethodParameter().getParameterName() + " " + error.getDefaultMessage()
                        + rejected(result.getArgument())))
            .toList();
        if (violations.isEmpty()) {
            return super.handleHandlerMethodValidationException(ex, headers, status, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, joined(violations));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /**
     * {@code lines[0].quantity must be a whole number, not 1.5}: the JSON path and what
     * was expected there.
     */
    private static String wrongType(MismatchedInputException mismatch) {
        Class<?> target = mismatch.getTargetType();
        String expected = target == null ? "of another type"
                : target.isEnum() ? "one of "
                        + Stream.of(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
                        : Collection.class.isAssignableFrom(target) || target.isArray() ? "an array"
                                : JSON_KINDS.getOrDefault(target, "an object");
        String sent = mismatch instanceof InvalidFormatException invalid && invalid.getValue() != null
                ? ", not " + (invalid.getValue() instanceof String text ? "\"" + text + "\"" : invalid.getValue())
                : mismatch.getCurrentToken() == null ? "" : ", not " + describe(mismatch);
        return path(mismatch.getPath()) + " must be " + expected + sent;
    }

    private static String describe(MismatchedInputException mismatch) {
        return switch (mismatch.getCurrentToken()) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_NULL -> "null";
            default -> String.valueOf(mismatch.getCurrentToken());
        };
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the body" : path.toString();
    }

    private static String rejected(FieldError error) {
        return rejected(error.getRejectedValue());
    }

    /**
     * The rejected value when it is short and simple enough to help, quoted when it is
     * text.
     */
    private static String rejected(@Nullable Object value) {
        if (value == null || value instanceof Collection<?> || value.toString().length() > 40) {
            return "";
        }
        return value instanceof CharSequence ? " (was \"" + value + "\")" : " (was " + value + ")";
    }

    private static String joined(List<String> violations) {
        return violations.stream().sorted().collect(Collectors.joining("; "));
    }

    private static String firstLine(Throwable cause) {
        String message = cause.getMessage() == null ? "The request body is too large" : cause.getMessage();
        int end = message.indexOf('\n');
        // Jackson names the Java method behind a limit ("32, from
        // `StreamReadConstraints...`"): not for clients
        return (end < 0 ? message : message.substring(0, end)).replaceAll(", from `[^`]*`", "");
    }

}
