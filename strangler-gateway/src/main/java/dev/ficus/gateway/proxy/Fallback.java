package dev.ficus.gateway.proxy;

import org.springframework.http.HttpMethod;

import dev.ficus.gateway.fallback.ServiceGuard;
import dev.ficus.gateway.routing.DataOwnership;
import dev.ficus.gateway.api.Mode;

/**
 * What the gateway does with a request the service could not take, decided by who owns
 * the capability's data: a write never lands in a database that is not the data of
 * record, and a read is answered from the monolith only when its copy is the data of
 * record or is kept in sync.
 */
enum Fallback {

    /**
     * The monolith's data is the data of record: it answers (for repeatable requests).
     */
    MONOLITH,

    /**
     * A read of service-owned data, answered from the monolith's copy kept in sync,
     * saying how stale it may be.
     */
    SYNCED_COPY,

    /**
     * Service-owned data: 503 with {@code Retry-After} when the service was not called,
     * or for a read it broke off before any of its answer reached the user; never the
     * monolith.
     */
    REFUSE,

    /**
     * A request that cannot be repeated: the failure itself is the answer (502, 503 or
     * 504).
     */
    NONE;

    static Fallback of(HttpMethod method, DataOwnership ownership, Mode mode) {
        if (!ownership.serviceOwns(mode)) {
            return ServiceGuard.IDEMPOTENT.contains(method) ? MONOLITH : NONE;
        }
        if (ServiceGuard.SAFE.contains(method) && ownership.syncedCopy().isPresent()) {
            return SYNCED_COPY;
        }
        return REFUSE;
    }

    /**
     * Whether the monolith may answer, so that a request body must be kept to be sent
     * twice.
     */
    boolean answersFromMonolith() {
        return this == MONOLITH || this == SYNCED_COPY;
    }

}
