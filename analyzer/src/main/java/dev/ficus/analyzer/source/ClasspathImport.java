package dev.ficus.analyzer.source;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A settings file a settings document imports from the application's classpath, found in
 * its resources folder ({@code db.yml} beside the importing file):
 * {@code classpath:db.yml}, {@code optional:classpath:/config/mail.properties},
 * {@code classpath:app.env[.properties]} (the bracket names how to read a file whose name
 * does not).
 *
 * @param file the file
 * @param extension how it is read: {@code .properties}, {@code .yml} or {@code .yaml}
 */
record ClasspathImport(Path file, String extension) {

    private static final List<String> READABLE = List.of(".properties", ".yml", ".yaml");

    private static final Pattern EXTENSION_HINT = Pattern.compile("(.+)\\[(\\.\\w+)]");

    private static final String OPTIONAL = "optional:";

    private static final String CLASSPATH = "classpath:";

    /** A location of another kind: {@code file:}, {@code configtree:}, {@code nacos:}. */
    private static final Pattern PREFIX = Pattern.compile("[a-zA-Z][\\w+.-]*:");

    /**
     * The file a {@code spring.config.import} location names in this resources folder, a
     * name without a prefix taken beside the importing file; empty for another kind of
     * location, a folder, a name with a placeholder, or a file that is not there.
     */
    static Optional<ClasspathImport> of(String location, Path resources, Path besides) {
        String bare = location.strip();
        bare = bare.startsWith(OPTIONAL) ? bare.substring(OPTIONAL.length()) : bare;
        boolean classpath = bare.startsWith(CLASSPATH);
        if (!classpath && PREFIX.matcher(bare).lookingAt() || bare.contains("${")) {
            return Optional.empty();
        }
        String path = classpath ? bare.substring(CLASSPATH.length()) : bare;
        Path base = classpath || path.startsWith("/") ? resources : besides;
        path = path.replaceFirst("^/+", "");
        Matcher hint = EXTENSION_HINT.matcher(path);
        String extension;
        if (hint.matches()) {
            path = hint.group(1);
            extension = hint.group(2);
        }
        else {
            int dot = path.lastIndexOf('.');
            extension = dot < 0 ? "" : path.substring(dot);
        }
        if (!READABLE.contains(extension)) {
            return Optional.empty();
        }
        try {
            Path folder = resources.toAbsolutePath().normalize();
            Path file = base.toAbsolutePath().resolve(path).normalize();
            return file.startsWith(folder) && Files.isRegularFile(file)
                    ? Optional.of(new ClasspathImport(file, extension)) : Optional.empty();
        }
        catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

}
