package dev.ficus.bench.load;

import java.net.http.HttpHeaders;

/**
 * Decides which request to send next and learns from responses (e.g. remembers ids the server created).
 * <p>
 * {@link #next()} is only ever called from the generator's single pacing thread; {@link #completed} is called
 * concurrently from HTTP client threads.
 */
public interface RequestSource {

	PlannedRequest next();

	default void completed(PlannedRequest request, int status, HttpHeaders headers) {
	}
}
