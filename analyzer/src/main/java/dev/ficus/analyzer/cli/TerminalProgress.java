package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.work.Progress;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/** Shows progress on one rewritten stderr line, at most a few times a second. */
class TerminalProgress implements Progress {

    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;

    private final LongSupplier clock;

    private String lastStage = "";

    private long lastPrint;

    TerminalProgress(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.lastPrint = clock.getAsLong() - INTERVAL_NANOS;
    }

    /**
     * Progress for the terminal, or none when stderr is not one or the user asked for
     * quiet.
     */
    static Progress of(PrintWriter err, boolean quiet) {
        return quiet || System.console() == null ? Progress.NONE : new TerminalProgress(err, System::nanoTime);
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        long now = clock.getAsLong();
        boolean finished = total >= 0 && done >= total;
        if (stage.equals(lastStage) && !finished && now - lastPrint < INTERVAL_NANOS) {
            return;
        }
        lastStage = stage;
        lastPrint = now;
        String count = total >= 0 ? done + "/" + total : String.valueOf(done);
        err.print("\r\u001b[2K" + stage + " " + count);
        if (finished) {
            err.print("\n");
        }
        err.flush();
    }

}
