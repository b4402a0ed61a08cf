package dev.ficus.bench.measure;

import java.util.List;

/**
 * One fault injected under load, and which rows of the blast-radius comparison it
 * answers: where two rows name the same fault for a shape (the inventory module's switch
 * is both "the owner stops answering" and "the switch in both" in a monolith), it is
 * measured once and answers both.
 *
 * @param rows the comparison rows ({@link #OWNER_STOPS}, {@link #SWITCH_IN_BOTH}) this
 * fault stands for in its shape
 * @param injector how the fault is made
 */
public record FaultCase(List<String> rows, FaultInjector injector) {

    /**
     * The process or module that owns inventory stops answering: kill -9 where it is a
     * process, the fault switch where it is a module.
     */
    public static final String OWNER_STOPS = "owner of inventory stops answering";

    /** The same fault switch turned on in both shapes: the module's or the service's. */
    public static final String SWITCH_IN_BOTH = "inventory fault switch is on";

    /** The rows in the order the report shows them. */
    public static final List<String> ROWS = List.of(OWNER_STOPS, SWITCH_IN_BOTH);

    public FaultCase {
        rows = List.copyOf(rows);
        if (rows.isEmpty() || !ROWS.containsAll(rows)) {
            throw new IllegalArgumentException("a fault case answers some of " + ROWS + ", not " + rows);
        }
    }
}
