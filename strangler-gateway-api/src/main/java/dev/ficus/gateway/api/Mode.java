package dev.ficus.gateway.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a capability's traffic is split between the monolith and its service.
 */
public enum Mode {

    /** Everything goes to the monolith. */
    MONOLITH,

    /**
     * The monolith answers; safe requests are copied to the service and the answers
     * compared.
     */
    SHADOW,

    /** A sticky share of users, given by the weight, goes to the service. */
    CANARY,

    /**
     * Everything goes to the service, with the monolith as fallback for idempotent
     * requests.
     */
    SERVICE;

    /**
     * Reads a mode case-insensitively, as typed on a command line; an unknown one names
     * the allowed values.
     */
    @JsonCreator
    public static Mode of(String name) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
            .filter(mode -> mode.name().equals(wanted))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(
                    "mode must be one of " + Arrays.stream(values()).map(Mode::name).collect(Collectors.joining(", "))
                            + ", was '" + name + "'"));
    }

}
