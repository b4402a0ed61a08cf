package dev.ficus.analyzer.graph.entrypoints;

/** URL paths as the frameworks compose them. */
final class Paths {

    private Paths() {
    }

    /**
     * Joins a class-level and a method-level path into one with a single leading slash.
     */
    static String join(String prefix, String path) {
        String joined = ("/" + prefix + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

}
