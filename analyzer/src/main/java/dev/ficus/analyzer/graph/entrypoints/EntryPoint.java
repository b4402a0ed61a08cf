package dev.ficus.analyzer.graph.entrypoints;

import java.util.Comparator;
import java.util.function.UnaryOperator;

/**
 * A way into the application from outside: an HTTP handler, a listener, a scheduled job,
 * {@code main}.
 *
 * @param type fully qualified top-level type declaring it
 * @param kind what kind of entry point
 * @param detail human-readable detail, e.g. {@code "GET /api/orders/{id}"} or
 * {@code "OrderPlaced"}
 * @param method the declaring method's name, or the type's simple name for type-level
 * entry points
 */
public record EntryPoint(String type, Kind kind, String detail, String method) implements Comparable<EntryPoint> {

    /** Entry point kinds, written lower-case in {@code analysis.json}. */
    public enum Kind {

        HTTP, JAXRS, SERVLET, LISTENER, SCHEDULED, EJB, MAIN,
        /**
         * A web-framework action handler: Stripes action beans, Struts 1 and 2 actions.
         */
        ACTION,
        /** A JSF managed bean the pages call. */
        JSF,
        /** A SOAP operation of a JAX-WS endpoint. */
        WEBSERVICE

    }

    /** How a servlet filter's detail starts: {@code filter /api/*}. */
    static final String FILTER_DETAIL = "filter ";

    private static final Comparator<EntryPoint> ORDER = Comparator.comparing(EntryPoint::type)
        .thenComparing(EntryPoint::kind)
        .thenComparing(EntryPoint::detail)
        .thenComparing(EntryPoint::method);

    /** Whether it is a servlet filter: it wraps requests, it answers none of its own. */
    public boolean filter() {
        return kind == Kind.SERVLET && detail.startsWith(FILTER_DETAIL);
    }

    /**
     * With the placeholders of its Spring MVC path resolved, as Spring resolves a
     * mapping's ({@code GET ${sse.path}/send} → {@code GET /resource/sse/send}); JAX-RS
     * fills in none.
     */
    public EntryPoint withPathResolved(UnaryOperator<String> placeholders) {
        int space = detail.indexOf(' ');
        if (kind != Kind.HTTP || space < 0 || !detail.contains("${")) {
            return this;
        }
        String path = Paths.join("", placeholders.apply(detail.substring(space + 1)));
        return new EntryPoint(type, kind, detail.substring(0, space + 1) + path, method);
    }

    @Override
    public int compareTo(EntryPoint other) {
        return ORDER.compare(this, other);
    }
}
