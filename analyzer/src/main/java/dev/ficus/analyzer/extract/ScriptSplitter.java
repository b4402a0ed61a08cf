package dev.ficus.analyzer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into its statements at the {@code ;} that end them, never at one
 * inside a quoted literal or name, a {@code $$}-quoted body or a comment, and drops the
 * comments. A statement keeps its text otherwise as written (Spring's {@code ScriptUtils}
 * would also split well, but it folds every line into one and is not on the command
 * line's classpath).
 */
final class ScriptSplitter {

    private final String script;

    private final List<String> statements = new ArrayList<>();

    private final StringBuilder statement = new StringBuilder();

    private int at;

    private ScriptSplitter(String script) {
        this.script = script;
    }

    /** The statements, trimmed, without their closing {@code ;}, empty ones left out. */
    static List<String> statements(String script) {
        return new ScriptSplitter(script).split();
    }

    private List<String> split() {
        while (at < script.length()) {
            char c = script.charAt(at);
            if (c == ';') {
                endStatement();
                at++;
            }
            else if (script.startsWith("--", at)) {
                at = end(script.indexOf('\n', at), script.length());
            }
            else if (script.startsWith("/*", at)) {
                at = end(script.indexOf("*/", at + 2), script.length() - 2) + 2;
            }
            else if (c == '\'' || c == '"' || c == '`') {
                copy(quoted(c));
            }
            else if (c == '$' && !dollarTag().isEmpty()) {
                String tag = dollarTag();
                copy(end(script.indexOf(tag, at + tag.length()), script.length() - tag.length()) + tag.length());
            }
            else {
                statement.append(c);
                at++;
            }
        }
        endStatement();
        return List.copyOf(statements);
    }

    /**
     * Where the literal opened at {@link #at} ends: a doubled or escaped quote is in it.
     */
    private int quoted(char quote) {
        int i = at + 1;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\\' && quote == '\'') {
                i += 2;
            }
            else if (c == quote && i + 1 < script.length() && script.charAt(i + 1) == quote) {
                i += 2;
            }
            else if (c == quote) {
                return i + 1;
            }
            else {
                i++;
            }
        }
        return script.length();
    }

    /**
     * The PostgreSQL dollar quote ({@code $$}, {@code $body$}) opened at {@link #at}, or
     * "".
     */
    private String dollarTag() {
        if (at > 0 && (Character.isLetterOrDigit(script.charAt(at - 1)) || script.charAt(at - 1) == '_')) {
            return ""; // a name with '$' in it, such as PostgreSQL allows
        }
        int i = at + 1;
        while (i < script.length() && (Character.isLetter(script.charAt(i)) || script.charAt(i) == '_')) {
            i++;
        }
        return i < script.length() && script.charAt(i) == '$' ? script.substring(at, i + 1) : "";
    }

    private void copy(int until) {
        int stop = Math.min(until, script.length());
        statement.append(script, at, stop);
        at = stop;
    }

    private void endStatement() {
        String sql = statement.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(sql);
        }
        statement.setLength(0);
    }

    private static int end(int found, int otherwise) {
        return found < 0 ? otherwise : found;
    }

}
