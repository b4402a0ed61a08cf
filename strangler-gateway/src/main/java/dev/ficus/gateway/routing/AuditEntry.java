package dev.ficus.gateway.routing;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One change of a capability's route, with the reason given for it.
 *
 * @param time when the change happened
 * @param capability the capability changed
 * @param previous the setting before
 * @param current the setting after
 * @param reason who or what decided, and why
 */
public record AuditEntry(Instant time, String capability, @JsonProperty("old") RouteSetting previous,
		@JsonProperty("new") RouteSetting current, String reason) {
}
