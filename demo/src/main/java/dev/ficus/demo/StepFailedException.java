package dev.ficus.demo;

import java.nio.file.Path;

/**
 * A step of the demo did not prove what it should; the demo stops everything and exits 1.
 */
final class StepFailedException extends RuntimeException {

    private final Path log;

    StepFailedException(String message, Path log) {
        super(message);
        this.log = log;
    }

    /** Where to read more: the log of the process or step that failed. */
    Path log() {
        return log;
    }

}
