package dev.ficus.bench.measure;

import java.io.PrintWriter;

/**
 * Receives one line per step of a long benchmark, so the person running it sees where it
 * is.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = line -> {
    };

    void step(String line);

    /** Prints each step with the seconds elapsed since this progress was created. */
    static Progress printingTo(PrintWriter out) {
        long start = System.nanoTime();
        return line -> {
            out.printf("[%5.0fs] %s%n", (System.nanoTime() - start) / 1e9, line);
            out.flush();
        };
    }

}
