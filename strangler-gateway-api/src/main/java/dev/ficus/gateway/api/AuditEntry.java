package dev.ficus.gateway.api;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One change of a capability's route, with the reason given for it.
 *
 * @param time when the change happened
 * @param capability the capability changed
 * @param previous the setting before; {@code null} when the capability was added
 * @param current the setting after; {@code null} when the capability was removed
 * @param reason who or what decided, and why
 * @param caller who asked: the admin token's id and the remote address, e.g.
 * {@code admin-token:1a2b3c4d from
 * 127.0.0.1}, or the gateway's own component; {@code null} in entries written before
 * callers were recorded
 */
public record AuditEntry(Instant time, String capability, @JsonProperty("old") @Nullable RouteSetting previous,
        @JsonProperty("new") @Nullable RouteSetting current, String reason, @Nullable String caller) {

    /** An entry of the gateway's own making, with no caller. */
    public AuditEntry(Instant time, String capability, RouteSetting previous, RouteSetting current, String reason) {
        this(time, capability, previous, current, reason, null);
    }

}
