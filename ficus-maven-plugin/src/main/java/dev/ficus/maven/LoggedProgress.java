package dev.ficus.maven;

import dev.ficus.analyzer.work.Progress;
import org.apache.maven.plugin.logging.Log;

/** Progress in the build log: one line when a stage starts, not one per file. */
final class LoggedProgress implements Progress {

    private final Log log;

    private String stage = "";

    private LoggedProgress(Log log) {
        this.log = log;
    }

    static Progress of(Log log, boolean quiet) {
        return quiet ? Progress.NONE : new LoggedProgress(log);
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        if (!stage.equals(this.stage)) {
            this.stage = stage;
            log.info("ficus: " + stage + (total > 0 ? " (" + total + ")" : ""));
        }
    }

}
