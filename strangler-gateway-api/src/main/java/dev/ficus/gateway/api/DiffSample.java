package dev.ficus.gateway.api;

import java.time.Instant;
import java.util.List;

/**
 * A request whose shadow answer differed from the monolith's.
 *
 * @param time when the comparison finished
 * @param method the HTTP method
 * @param path path and query of the request
 * @param monolithStatus status the user got from the monolith
 * @param serviceStatus status the service answered
 * @param fields the differing fields, without volatile fields and learned noise
 */
public record DiffSample(Instant time, String method, String path, int monolithStatus, int serviceStatus,
        List<FieldDiff> fields) {

    public DiffSample {
        fields = List.copyOf(fields);
    }

}
