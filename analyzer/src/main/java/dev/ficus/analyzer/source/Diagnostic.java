package dev.ficus.analyzer.source;

import java.util.Comparator;

/**
 * A problem found in the input: reported in {@code analysis.json}, never fatal to the
 * analysis.
 */
public record Diagnostic(String file, int line, Severity severity, String message) implements Comparable<Diagnostic> {

    /** How bad a diagnostic is. */
    public enum Severity {

        ERROR, WARNING

    }

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
        .thenComparingInt(Diagnostic::line)
        .thenComparing(Diagnostic::severity)
        .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.ERROR, message);
    }

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.WARNING, message);
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
