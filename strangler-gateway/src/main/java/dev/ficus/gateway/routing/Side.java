package dev.ficus.gateway.routing;

import java.util.Locale;

/**
 * The backend that serves a request.
 */
public enum Side {

    MONOLITH, SERVICE;

    /** Header every proxied response carries, naming the side that served it. */
    public static final String SERVED_BY_HEADER = "X-Ficus-Served-By";

    /** The lower-case name used in headers, metric tags and JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

}
