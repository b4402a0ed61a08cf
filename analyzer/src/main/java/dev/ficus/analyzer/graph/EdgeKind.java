package dev.ficus.analyzer.graph;

/**
 * Why one type depends on another. Each kind has a default weight; the analysis can
 * override them ({@link EdgeWeights}) because a method call says more about a boundary
 * than a mention of a type.
 */
public enum EdgeKind {

    /** A method call resolved to a method declared on the target. */
    CALL(1.0),
    /** A field, parameter, return or local variable of the target type. */
    TYPE_REFERENCE(0.5),
    /** {@code extends} or {@code implements}. */
    INHERITANCE(1.0),
    /** {@code new Target(...)}. */
    INSTANTIATION(1.0),
    /**
     * Both types read or write the same database table (JPA entity, repository, MyBatis,
     * SQL).
     */
    SHARED_TABLE(2.0),
    /** The source publishes an event type that the target listens to. */
    EVENT(0.5);

    private final double defaultWeight;

    EdgeKind(double defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

}
