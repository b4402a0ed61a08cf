package dev.ficus.bench.load;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * Decides which request to send next and learns from responses (e.g. remembers ids the
 * server created).
 * <p>
 * {@link #next()} is only ever called from the generator's single pacing thread;
 * {@link #completed} is called concurrently from HTTP client threads.
 */
public interface RequestSource {

    PlannedRequest next();

    default void completed(PlannedRequest request, int status, HttpHeaders headers) {
    }

    /**
     * Whether responses are read into a string for {@link #answered} (otherwise bodies
     * are discarded).
     */
    default boolean readsBodies() {
        return false;
    }

    /**
     * Why a 2xx answer is not the owner's truth, or empty when it is; asked, with the
     * body, before {@link #completed} when {@link #readsBodies()} says so. A reason makes
     * the request count as {@link Outcome#WRONG} under that reason, apart from errors.
     */
    default Optional<String> wrongAnswer(PlannedRequest request, int status, String body) {
        return Optional.empty();
    }

    /**
     * Called after {@link #completed} with the body, when {@link #readsBodies()} says so.
     */
    default void answered(PlannedRequest request, int status, HttpHeaders headers, String body) {
    }

    /**
     * Called when a request got no response: timeout, refused or reset connection, or the
     * in-flight limit.
     */
    default void failed(PlannedRequest request, String kind) {
    }

    /**
     * Checked before each request: {@code true} ends the run early, before its duration
     * or request bound.
     */
    default boolean finished() {
        return false;
    }

}
