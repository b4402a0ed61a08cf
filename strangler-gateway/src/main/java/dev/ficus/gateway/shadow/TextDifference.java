package dev.ficus.gateway.shadow;

import dev.ficus.gateway.api.FieldDiff;
import java.nio.charset.StandardCharsets;

/**
 * Where two bodies that are not JSON (an HTML page, plain text) first differ: the line
 * and an excerpt of each around that place, so a shadow sample says what to look at.
 */
final class TextDifference {

    /** Characters shown either side of the first difference. */
    static final int CONTEXT = 40;

    private TextDifference() {
    }

    static FieldDiff between(byte[] monolith, byte[] service) {
        String expected = new String(monolith, StandardCharsets.UTF_8);
        String actual = new String(service, StandardCharsets.UTF_8);
        int at = firstDifference(expected, actual);
        int line = 1 + (int) expected.substring(0, at).chars().filter(c -> c == '\n').count();
        return new FieldDiff("$body (line " + line + ")", excerpt(expected, at), excerpt(actual, at));
    }

    private static int firstDifference(String expected, String actual) {
        int common = Math.min(expected.length(), actual.length());
        for (int i = 0; i < common; i++) {
            if (expected.charAt(i) != actual.charAt(i)) {
                return i;
            }
        }
        return common;
    }

    private static String excerpt(String body, int at) {
        int start = Math.max(0, at - CONTEXT);
        int end = Math.min(body.length(), at + CONTEXT);
        return (start > 0 ? "…" : "") + body.substring(start, end).replace("\n", "\\n")
                + (end < body.length() ? "…" : "");
    }

}
