package dev.ficus.analyzer.plan;

import java.util.regex.Pattern;

/**
 * One segment of a mapped path as the requests it takes: {@code *} any text, {@code ?}
 * one character, {@code {id}} any text but none, {@code {id:\d+}} what its regular
 * expression takes, an unresolved {@code ${name}} anything; the rest literally. So
 * {@code new} is not a request of {@code {ownerId:\d+}}, as Spring's matcher says.
 */
final class SegmentPattern {

    private SegmentPattern() {
    }

    /** Whether a request's literal segment could be one this segment takes. */
    static boolean takes(String segment, String literal) {
        try {
            return regex(segment).matcher(literal).matches();
        }
        catch (IllegalArgumentException e) {
            // no closing brace, or a regular expression Java cannot read: it may take it
            return true;
        }
    }

    private static Pattern regex(String segment) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < segment.length()) {
            char c = segment.charAt(i);
            boolean placeholder = c == '$' && i + 1 < segment.length() && segment.charAt(i + 1) == '{';
            if (c == '{' || placeholder) {
                int start = placeholder ? i + 1 : i;
                int end = closing(segment, start);
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(placeholder ? ".*" : variable(segment.substring(start + 1, end)));
                i = end + 1;
            }
            else {
                if (c == '*' || c == '?') {
                    regex.append(Pattern.quote(literal.toString())).append(c == '*' ? "[^/]*" : "[^/]");
                    literal.setLength(0);
                }
                else {
                    literal.append(c);
                }
                i++;
            }
        }
        return Pattern.compile(regex.append(Pattern.quote(literal.toString())).toString());
    }

    /**
     * A variable's regular expression: its own after {@code :}, else one or more
     * characters.
     */
    private static String variable(String inside) {
        int colon = inside.indexOf(':');
        return (colon < 0) ? "[^/]+" : "(?:" + inside.substring(colon + 1).strip() + ")";
    }

    /**
     * The index of the brace closing the one at {@code open}, or an exception when none.
     */
    private static int closing(String segment, int open) {
        int depth = 0;
        for (int i = open; i < segment.length(); i++) {
            depth += segment.charAt(i) == '{' ? 1 : segment.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no closing brace in " + segment);
    }

}
