package dev.ficus.analyzer.cli;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import dev.ficus.plan.Spelling;
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
        return Spelling.closest(typed, known).map(candidate -> ", did you mean '" + candidate + "'?").orElse("");
    }

}
