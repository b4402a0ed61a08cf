package dev.ficus.demo;

import org.jspecify.annotations.Nullable;
import java.nio.file.Path;

/**
 * A step of the demo did not prove what it should; the demo stops everything and exits 1.
 */
final class StepFailedException extends RuntimeException {

    private final @Nullable Path log;

    StepFailedException(String message, @Nullable Path log) {
        super(message);
        this.log = log;
    }

    /** Where to read more: the log of the process or step that failed. */
    @Nullable Path log() {
        return log;
    }

}
