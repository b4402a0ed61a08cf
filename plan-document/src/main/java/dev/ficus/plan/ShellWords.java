package dev.ficus.plan;

import java.util.regex.Pattern;

/**
 * Writes a path, name or URL as one word of a POSIX shell command, so that every command
 * Ficus prints or writes for a user to paste (a plan's checklist, an extracted service's
 * README, the next step after a command) still means the same with a folder called
 * {@code my shop} or {@code a;b}. Words of only safe characters are left as they are.
 */
public final class ShellWords {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,^-]+");

    private ShellWords() {
    }

    /**
     * {@code "ficus-out/plan.json"} → unchanged; {@code "my shop"} → {@code 'my shop'};
     * {@code "it's"} → {@code 'it'\''s'}. A quoted prefix may be followed by more of the
     * word: {@code 'my shop'/pom.xml} is one word.
     */
    public static String quote(String word) {
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

}
