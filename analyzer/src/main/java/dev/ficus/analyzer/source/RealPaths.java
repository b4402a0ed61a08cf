package dev.ficus.analyzer.source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a file of the monolith really lies: a link in its folder may lead anywhere, so
 * what Ficus reads of a user's checkout is checked with links followed.
 */
public final class RealPaths {

    private RealPaths() {
    }

    /**
     * Whether the file, links followed, lies in the folder; false when either cannot be
     * resolved.
     */
    public static boolean inside(Path folder, Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        }
        catch (IOException e) {
            return false;
        }
    }

}
