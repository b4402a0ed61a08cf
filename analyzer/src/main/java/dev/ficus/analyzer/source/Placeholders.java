package dev.ficus.analyzer.source;

import java.util.Map;

/**
 * Fills in {@code ${name}} and {@code ${name:default}} placeholders as Spring does: the
 * setting's value (its own placeholders filled in too), else the default, else the
 * placeholder as written; {@code \${name}} is the text {@code ${name}}. A circular
 * reference, a value of several lines or a result longer than {@link #MAX_LENGTH} leaves
 * the text as it was. No Spring on the analyzer's class path, hence not Spring's
 * {@code PlaceholderParser}.
 */
final class Placeholders {

    /** How deep placeholders inside values are followed. */
    private static final int MAX_DEPTH = 8;

    static final int MAX_LENGTH = 4096;

    private final Map<String, String> values;

    Placeholders(Map<String, String> values) {
        this.values = values;
    }

    String resolve(String text) {
        if (!text.contains("${")) {
            return text;
        }
        try {
            return resolve(text, 0);
        }
        catch (GivenUp e) {
            return text;
        }
    }

    private String resolve(String text, int depth) {
        if (depth > MAX_DEPTH) {
            throw new GivenUp();
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int start = text.indexOf("${", at);
            int end = start < 0 ? -1 : closing(text, start + 2);
            if (end < 0) {
                out.append(text, at, text.length());
                break;
            }
            if (start > 0 && text.charAt(start - 1) == '\\') {
                out.append(text, at, start - 1).append("${");
                at = start + 2;
                continue;
            }
            out.append(text, at, start).append(value(text.substring(start + 2, end), depth));
            if (out.length() > MAX_LENGTH) {
                throw new GivenUp();
            }
            at = end + 1;
        }
        return out.toString();
    }

    /** {@code name} or {@code name:default}, filled in. */
    private String value(String inner, int depth) {
        int colon = topLevelColon(inner);
        String name = resolve(colon < 0 ? inner : inner.substring(0, colon), depth + 1).strip();
        String value = values.get(name);
        if (value != null && !value.contains("\n")) {
            return resolve(value, depth + 1);
        }
        return colon < 0 ? "${" + inner + "}" : resolve(inner.substring(colon + 1), depth + 1);
    }

    /** The index of the brace closing the one opened before {@code from}, or -1. */
    private static int closing(String text, int from) {
        int open = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                open++;
            }
            else if (c == '}' && --open == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int topLevelColon(String inner) {
        int open = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '{') {
                open++;
            }
            else if (c == '}') {
                open--;
            }
            else if (c == ':' && open == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A circular or exploding reference. */
    private static final class GivenUp extends RuntimeException {

        GivenUp() {
            super(null, null, false, false);
        }

    }

}
