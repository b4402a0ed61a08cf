package dev.ficus.analyzer.extract;

import java.util.regex.Pattern;

/**
 * Maven's include and exclude patterns ({@code **}{@code /application*.yml}): {@code **}
 * any folders, {@code *} and {@code ?} within one name; a pattern ending with {@code /}
 * takes everything below.
 */
final class AntPattern {

    private AntPattern() {
    }

    /** Whether the path, relative and with {@code /}, matches the pattern. */
    static boolean matches(String pattern, String path) {
        String ant = pattern.strip().replace('\\', '/');
        ant = ant.endsWith("/") ? ant + "**" : ant;
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < ant.length(); i++) {
            char c = ant.charAt(i);
            if (ant.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            }
            else if (ant.startsWith("**", i)) {
                regex.append(".*");
                i++;
            }
            else if (c == '*') {
                regex.append("[^/]*");
            }
            else if (c == '?') {
                regex.append("[^/]");
            }
            else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.matches(regex.toString(), path);
    }

}
