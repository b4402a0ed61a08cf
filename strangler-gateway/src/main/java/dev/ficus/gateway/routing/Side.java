package dev.ficus.gateway.routing;

/**
 * The backend that serves a request.
 */
public enum Side {

    MONOLITH("monolith"), SERVICE("service");

    /** Header every proxied response carries, naming the side that served it. */
    public static final String SERVED_BY_HEADER = "X-Ficus-Served-By";

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /**
     * The lower-case name used in headers, metric tags and JSON; a constant, as it is
     * read several times per proxied request.
     */
    public String label() {
        return label;
    }

}
