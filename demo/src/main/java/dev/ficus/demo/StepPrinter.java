package dev.ficus.demo;

import java.io.PrintWriter;

import dev.ficus.bench.measure.Progress;

/**
 * Prints the demo's progress: one line per step with what it proved, details indented
 * under it, each line stamped with the seconds since the demo started.
 */
final class StepPrinter {

    private final Progress progress;

    private final PrintWriter out;

    private final int steps;

    StepPrinter(PrintWriter out, int steps) {
        this.progress = Progress.printingTo(out);
        this.out = out;
        this.steps = steps;
    }

    void step(Step step, String proof) {
        progress.step("%2d/%d %-9s %s".formatted(step.number(), steps, step.label(), proof));
    }

    void detail(String line) {
        out.println("          " + line);
        out.flush();
    }

    void line(String line) {
        out.println(line);
        out.flush();
    }

}
