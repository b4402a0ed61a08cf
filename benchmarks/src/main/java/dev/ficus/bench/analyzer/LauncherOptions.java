package dev.ficus.bench.analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options the release launcher ({@code distribution/src/bin/ficus}) gives an
 * analysis, read from the script itself so the benchmark runs {@code ficus analyze}
 * exactly as a user's launcher does.
 */
record LauncherOptions(List<String> options) {

    /** Where the launcher lives in the checkout. */
    static final String SCRIPT = "distribution/src/bin/ficus";

    private static final String ANALYZER_MAIN = "MAIN=\"dev.ficus.analyzer.cli.FicusCommand\"";

    private static final String DEFAULT_OPTS = "DEFAULT_OPTS=(";

    LauncherOptions {
        options = List.copyOf(options);
    }

    static LauncherOptions of(Path checkout) {
        try {
            return parse(Files.readString(checkout.resolve(SCRIPT)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code DEFAULT_OPTS=(...)} array of the branch that starts the analyzer CLI.
     * @throws IllegalArgumentException when the script has no such branch
     */
    static LauncherOptions parse(String script) {
        int branch = script.indexOf(ANALYZER_MAIN);
        int start = (branch < 0) ? -1 : script.indexOf(DEFAULT_OPTS, branch);
        int end = (start < 0) ? -1 : script.indexOf(')', start);
        if (end < 0) {
            throw new IllegalArgumentException("the launcher has no DEFAULT_OPTS for the analyzer");
        }
        String array = script.substring(start + DEFAULT_OPTS.length(), end).strip();
        return new LauncherOptions(array.isEmpty() ? List.of() : Arrays.asList(array.split("\\s+")));
    }

}
