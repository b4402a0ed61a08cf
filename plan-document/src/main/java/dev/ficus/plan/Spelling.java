package dev.ficus.plan;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the name a user most likely meant: the known name within an edit distance of a
 * third of the typed word (at least one), closest first, then alphabetically. Used for
 * every "did you mean" of Ficus, from unknown capabilities to mistyped commands.
 */
public final class Spelling {

    private Spelling() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        return known.stream()
            .filter(name -> distance(typed, name) <= Math.max(1, typed.length() / 3))
            .min(Comparator.comparingInt((String name) -> distance(typed, name))
                .thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance, counting a swap of two neighbouring letters as one edit. */
    public static int distance(String a, String b) {
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
