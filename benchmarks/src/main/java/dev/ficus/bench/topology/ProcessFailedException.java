package dev.ficus.bench.topology;

/**
 * A process of a topology exited before it became ready or did not become ready in time.
 */
public final class ProcessFailedException extends RuntimeException {

    private final String process;

    public ProcessFailedException(String process, String message) {
        super(process + ": " + message);
        this.process = process;
    }

    public String process() {
        return process;
    }

}
