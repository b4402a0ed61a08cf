package dev.ficus.problemdetails;

import java.io.IOException;

/**
 * A request body grew past {@code ficus.http.max-body-size} while it was read: answered
 * 413.
 */
public class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes");
    }

}
