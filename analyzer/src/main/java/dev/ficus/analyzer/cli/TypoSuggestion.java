package dev.ficus.analyzer.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The message for a word the command line did not know, naming the command or option it
 * most likely meant, e.g. {@code unknown command 'anlyze', did you mean 'analyze'?}.
 * Picocli's own suggestions match options by their first two letters and commands by any
 * shared letter pair; an edit distance within a third of the word suggests
 * {@code --quiet} for {@code --qiet} and nothing for {@code xyz}.
 */
final class TypoSuggestion {

    private TypoSuggestion() {
    }

    /**
     * The message for the first unknown word, or empty when the failure is not about an
     * unknown word.
     */
    static Optional<String> messageFor(UnmatchedArgumentException failure) {
        List<String> unmatched = failure.getUnmatched();
        if (unmatched.isEmpty()) {
            return Optional.empty();
        }
        CommandSpec spec = failure.getCommandLine().getCommandSpec();
        String typed = unmatched.get(0);
        if (typed.startsWith("-")) {
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            List<String> options = spec.options()
                .stream()
                .filter(option -> !option.hidden())
                .flatMap(option -> List.of(option.names()).stream())
                .toList();
            return Optional.of("unknown option '" + name + "'" + closest(name, options));
        }
        if (spec.subcommands().isEmpty()) {
            return Optional.empty();
        }
        List<String> commands = spec.subcommands()
            .entrySet()
            .stream()
            .filter(command -> !command.getValue().getCommandSpec().usageMessage().hidden())
            .map(command -> command.getKey())
            .toList();
        return Optional.of("unknown command '" + typed + "'" + closest(typed, commands));
    }

    private static String closest(String typed, Collection<String> known) {
        return known.stream()
            .filter(candidate -> distance(typed, candidate) <= Math.max(1, typed.length() / 3))
            .min(Comparator.comparingInt((String candidate) -> distance(typed, candidate))
                .thenComparing(Comparator.naturalOrder()))
            .map(candidate -> ", did you mean '" + candidate + "'?")
            .orElse("");
    }

    /** Levenshtein distance, counting a swap of two neighbouring letters as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

}
