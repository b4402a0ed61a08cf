package dev.ficus.analyzer.graph;

/**
 * A place in the analysed sources, relative to the analysed root: shown to users as
 * {@code file:line}.
 */
public record SourceLocation(String file, int line) implements Comparable<SourceLocation> {

    @Override
    public int compareTo(SourceLocation other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
