package dev.ficus.migrationguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the guide says a command prints: a fenced block tagged {@code text expected} right
 * after a {@code bash} block, compared line by line with what that block printed. Runs of
 * spaces count as one (columns widen with the numbers in them), and so do the ends of a
 * line; carriage returns (HTTP headers) are ignored. A line {@code ...} stands for any
 * number of printed lines. Values that change from run to run are written as
 * placeholders, each matching one value of its kind: {@code <n>} a number (decimals and
 * sign allowed), {@code <port>}, {@code <hex>}, {@code <time>} an ISO-8601 instant,
 * {@code <id>} a word of letters, digits and dashes, {@code <any>} anything up to the end
 * of the line.
 *
 * @param line the page line of the block's opening fence
 * @param lines the block's lines, as written
 */
record ExpectedOutput(int line, List<String> lines) {

    static final String SKIP = "...";

    private static final Map<String, String> PLACEHOLDERS = Map.of("n", "-?\\d+(?:\\.\\d+)?", "port", "\\d{1,5}", "hex",
            "[0-9a-f]+", "time", "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z", "id", "[A-Za-z0-9-]+", "any",
            ".*");

    private static final Pattern PLACEHOLDER = Pattern.compile("<(" + String.join("|", PLACEHOLDERS.keySet()) + ")>");

    ExpectedOutput {
        lines = withoutTrailingBlankLines(lines.stream().map(ExpectedOutput::normalized).toList());
    }

    /**
     * Why {@code printed} is not what this block expects, naming the first line that
     * differs; empty when it is.
     */
    Optional<String> mismatchIn(String printed) {
        List<String> actual = withoutTrailingBlankLines(printed.lines().map(ExpectedOutput::normalized).toList());
        int next = 0;
        boolean skipping = false;
        for (int i = 0; i < lines.size(); i++) {
            String expected = lines.get(i);
            if (expected.equals(SKIP)) {
                skipping = true;
                continue;
            }
            Pattern pattern = pattern(expected);
            if (skipping) {
                while (next < actual.size() && !pattern.matcher(actual.get(next)).matches()) {
                    next++;
                }
                skipping = false;
            }
            if (next >= actual.size()) {
                return Optional.of("expected line %d `%s` was never printed".formatted(i + 1, expected));
            }
            if (!pattern.matcher(actual.get(next)).matches()) {
                return Optional
                    .of("line %d differs: expected `%s` but printed `%s`".formatted(i + 1, expected, actual.get(next)));
            }
            next++;
        }
        if (!skipping && next < actual.size()) {
            return Optional.of("printed more than expected, from `%s` on".formatted(actual.get(next)));
        }
        return Optional.empty();
    }

    /** The same block with each port number replaced by its new value. */
    ExpectedOutput withPorts(Map<Integer, Integer> ports) {
        return new ExpectedOutput(line, lines.stream().map(text -> GuideBlocks.movePorts(text, ports)).toList());
    }

    private static Pattern pattern(String expected) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(expected);
        int literalStart = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(expected.substring(literalStart, placeholder.start())))
                .append(PLACEHOLDERS.get(placeholder.group(1)));
            literalStart = placeholder.end();
        }
        regex.append(Pattern.quote(expected.substring(literalStart)));
        return Pattern.compile(regex.toString());
    }

    private static String normalized(String line) {
        return line.replace("\r", "").strip().replaceAll("\\s+", " ");
    }

    private static List<String> withoutTrailingBlankLines(List<String> lines) {
        List<String> kept = new ArrayList<>(lines);
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return List.copyOf(kept);
    }

}
