package dev.ficus.gateway.routing;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a capability's traffic is split between the monolith and its service.
 */
public enum Mode {

	/** Everything goes to the monolith. */
	MONOLITH,

	/** The monolith answers; safe requests are copied to the service and the answers compared. */
	SHADOW,

	/** A sticky share of users, given by the weight, goes to the service. */
	CANARY,

	/** Everything goes to the service, with the monolith as fallback for idempotent requests. */
	SERVICE;

	/** Reads a mode case-insensitively, as typed on a command line. */
	@JsonCreator
	public static Mode of(String name) {
		return valueOf(name.trim().toUpperCase(Locale.ROOT));
	}

}
