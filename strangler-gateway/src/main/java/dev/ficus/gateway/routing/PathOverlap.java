package dev.ficus.gateway.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Whether two gateway path patterns can match the same request path, so that two
 * capabilities would claim it: {@code /api/a/**} overlaps {@code /api/a/b/**} and itself,
 * not {@code /api/ab/**}.
 * <p>
 * Spring's {@link PathPattern} only matches a pattern against a concrete path, so the
 * patterns are walked segment by segment: two literal segments must be equal, a literal
 * and a wildcard segment ({@code *}, {@code {id}}, {@code a*}) overlap when
 * {@link PathPattern#matches} says so, two wildcard segments overlap unless their literal
 * prefixes or suffixes rule it out, and {@code **} or {@code {*rest}} match any number of
 * segments. When unsure it reports an overlap: a rejected route can be given a narrower
 * pattern, a request sent to the wrong service cannot be taken back.
 */
public final class PathOverlap {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    private PathOverlap() {
    }

    /**
     * Parses a capability's path pattern, naming the pattern and the problem when it is
     * not one.
     */
    public static PathPattern parse(String pattern) {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("path pattern must start with '/', was '" + pattern + "'");
        }
        try {
            return PARSER.parse(pattern);
        }
        catch (RuntimeException invalid) {
            throw new IllegalArgumentException("'" + pattern + "' is not a path pattern: " + invalid.getMessage());
        }
    }

    /** Whether some request path matches both patterns. */
    public static boolean overlaps(String first, String second) {
        return overlaps(segments(first), 0, segments(second), 0);
    }

    /**
     * The first pattern of {@code ours} that overlaps one of {@code theirs}, as a pair.
     */
    public static Optional<List<String>> firstOverlap(List<String> ours, List<String> theirs) {
        for (String mine : ours) {
            for (String other : theirs) {
                if (overlaps(mine, other)) {
                    return Optional.of(List.of(mine, other));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> segments(String pattern) {
        return Arrays.stream(pattern.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    private static boolean overlaps(List<String> a, int i, List<String> b, int j) {
        if (i == a.size() && j == b.size()) {
            return true;
        }
        if (i < a.size() && isMultiSegment(a.get(i))) {
            // ** takes no segment of b, or one and stays
            return overlaps(a, i + 1, b, j) || (j < b.size() && overlaps(a, i, b, j + 1));
        }
        if (j < b.size() && isMultiSegment(b.get(j))) {
            return overlaps(b, j, a, i);
        }
        if (i == a.size() || j == b.size()) {
            return false;
        }
        return segmentsOverlap(a.get(i), b.get(j)) && overlaps(a, i + 1, b, j + 1);
    }

    private static boolean isMultiSegment(String segment) {
        return segment.equals("**") || (segment.startsWith("{*") && segment.endsWith("}"));
    }

    private static boolean segmentsOverlap(String a, String b) {
        boolean aLiteral = isLiteral(a);
        boolean bLiteral = isLiteral(b);
        if (aLiteral && bLiteral) {
            return a.equals(b);
        }
        if (aLiteral || bLiteral) {
            String literal = aLiteral ? a : b;
            String wildcard = aLiteral ? b : a;
            return PARSER.parse("/" + wildcard).matches(PathContainer.parsePath("/" + literal));
        }
        String aPrefix = prefix(a);
        String bPrefix = prefix(b);
        String aSuffix = suffix(a);
        String bSuffix = suffix(b);
        return (aPrefix.startsWith(bPrefix) || bPrefix.startsWith(aPrefix))
                && (aSuffix.endsWith(bSuffix) || bSuffix.endsWith(aSuffix));
    }

    private static boolean isLiteral(String segment) {
        return segment.chars().noneMatch(c -> c == '*' || c == '?' || c == '{');
    }

    private static String prefix(String segment) {
        int wildcard = firstWildcard(segment);
        return segment.substring(0, wildcard);
    }

    private static String suffix(String segment) {
        int end = segment.length();
        while (end > 0 && "*?}".indexOf(segment.charAt(end - 1)) < 0) {
            end--;
        }
        return segment.substring(end);
    }

    private static int firstWildcard(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if ("*?{".indexOf(segment.charAt(i)) >= 0) {
                return i;
            }
        }
        return segment.length();
    }

}
