package dev.ficus.problemdetails;

import org.jspecify.annotations.Nullable;
import java.net.URI;

/**
 * The {@code instance} member of a problem: the request path, or none when it is no valid
 * URI reference.
 */
final class ProblemPaths {

    private ProblemPaths() {
    }

    static @Nullable URI instance(@Nullable String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return URI.create(path);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

}
