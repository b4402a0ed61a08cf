package dev.ficus.bench.faults;

/**
 * What happened to one request of a fault phase, as the accounting needs it.
 *
 * @param endpoint operation name, e.g. {@code "read-stock"}
 * @param capability the capability whose owner should answer: {@code catalog},
 * {@code inventory} or {@code orders}
 * @param write whether the request changes data
 * @param sentNanos {@link System#nanoTime()} when it was sent
 * @param doneNanos {@link System#nanoTime()} when it was answered or failed
 * @param status HTTP status, 0 when there was no response
 * @param error why there was no response (e.g. {@code ConnectException}), else empty
 * @param servedBy the gateway's {@code X-Ficus-Served-By} ({@code monolith},
 * {@code service}), else empty
 * @param verdict how the accounting judges it
 */
public record RequestRecord(String endpoint, String capability, boolean write, long sentNanos, long doneNanos,
        int status, String error, String servedBy, Verdict verdict) {

    /** How one request ended for the reliability figures. */
    public enum Verdict {

        /** A read answered 2xx with the owner's truth, or a write acknowledged (2xx). */
        OK,

        /** A read answered 2xx with content that differs from the owner's truth. */
        STALE,

        /** Anything else: a 4xx or 5xx status, or no response. */
        FAILED

    }

    /**
     * The status as reported: {@code "503"}, or the error kind when there was no
     * response.
     */
    public String outcome() {
        return (status > 0) ? Integer.toString(status) : error;
    }

    public boolean succeeded() {
        return verdict == Verdict.OK;
    }
}
