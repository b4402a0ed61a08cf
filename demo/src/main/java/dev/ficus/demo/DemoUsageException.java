package dev.ficus.demo;

/** A mistake in how the demo was called: one line on stderr and exit code 2. */
final class DemoUsageException extends RuntimeException {

    DemoUsageException(String message) {
        super(message);
    }

}
