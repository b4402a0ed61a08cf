package dev.ficus.analyzer.source;

/** Finds the source roots under a folder and parses every Java file in them, in parallel. */
public final class SourceReader {

    private SourceReader() {
    }

    /**
     * Reads and parses the sources the request names.
     *
     * @throws InvalidInputException when the path does not exist or holds no Java files
     */
    public static ParsedSources read(SourceRequest request, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
