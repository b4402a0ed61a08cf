package dev.ficus.analyzer.work;

/**
 * Receives progress of long work (files parsed, resolved, clustering); the CLI prints it
 * to stderr.
 */
@FunctionalInterface
public interface Progress {

    /** Discards progress. */
    Progress NONE = (stage, done, total) -> {
    };

    /**
     * @param stage short lower-case name of the stage, e.g. {@code "parsing"}
     * @param done units done so far
     * @param total units in all, or -1 when unknown
     */
    void update(String stage, long done, long total);

}
