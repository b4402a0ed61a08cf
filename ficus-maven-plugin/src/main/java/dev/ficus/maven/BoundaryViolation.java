package dev.ficus.maven;

import java.util.Comparator;

/**
 * Code of one service using a type of another that is not in that service's API.
 *
 * @param from the using service (or the shared kernel)
 * @param to the service whose type is used
 * @param dependency the dependency that crosses
 */
record BoundaryViolation(String from, String to, CodeDependency dependency) implements Comparable<BoundaryViolation> {

    private static final Comparator<BoundaryViolation> ORDER = Comparator.comparing(BoundaryViolation::from)
        .thenComparing(BoundaryViolation::to)
        .thenComparing(violation -> violation.dependency().source())
        .thenComparing(violation -> violation.dependency().target());

    /**
     * E.g.
     * {@code orders -> catalog: com.shop.orders.Desk uses com.shop.catalog.internal.Prices (call) at ...}.
     */
    String describe() {
        String where = dependency.locations().isEmpty() ? "" : " at " + dependency.locations().get(0)
                + (dependency.locations().size() > 1 ? " (+" + (dependency.locations().size() - 1) + " more)" : "");
        return from + " -> " + to + ": " + dependency.source() + " uses " + dependency.target() + " ("
                + String.join(", ", dependency.kinds()) + ")" + where;
    }

    @Override
    public int compareTo(BoundaryViolation other) {
        return ORDER.compare(this, other);
    }
}
