package dev.ficus.bench.load;

/**
 * How one request ended, seen from the load generator.
 */
public enum Outcome {

    /** A 2xx or 3xx response. */
    OK,

    /**
     * A 4xx response: the server answered but refused the request (e.g. out of stock).
     */
    REJECTED,

    /** A 5xx response, a timeout, or a transport failure such as a refused connection. */
    ERROR,

    /**
     * A 2xx response whose body is not the owner's truth (a stale copy, another product's
     * stock): a failure, counted apart from errors.
     */
    WRONG;

    /** The outcome of a status alone; {@link #WRONG} needs the body to tell. */
    public static Outcome ofStatus(int status) {
        if (status >= 500) {
            return ERROR;
        }
        return (status >= 400) ? REJECTED : OK;
    }

}
