package dev.ficus.analyzer.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads the settings files of one application as Spring Boot does when it starts: each
 * file once, each document followed by the files it imports from the classpath
 * ({@code spring.config.import: classpath:db.yml}, or {@code db.yml} beside it), which
 * Spring Boot puts over the document importing them, a later import over an earlier one.
 * Imports of other kinds ({@code file:}, {@code configtree:}, a config server) are not
 * read: where they lead is known only where the monolith runs; nor are those of a
 * document for some profiles, nor the profile-specific variants of imported files.
 */
final class SettingsReader {

    /**
     * In a folder, lowest precedence first: a {@code .properties} file wins over YAML.
     */
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".properties");

    /** How many imports deep imports are read. */
    private static final int MAX_IMPORT_DEPTH = 64;

    private final Path root;

    private final Path resources;

    private final Function<Path, UnaryOperator<String>> build;

    private final Set<Path> read = new HashSet<>();

    /**
     * @param root the application's folder
     * @param resources its resources folder, the classpath imports are found in
     * @param build what the build does to a settings file's values
     */
    SettingsReader(Path root, Path resources, Function<Path, UnaryOperator<String>> build) {
        this.root = root;
        this.resources = resources;
        this.build = build;
    }

    /**
     * A settings file read.
     *
     * @param files where it is, relative to the application's folder, and the files it
     * imports, lowest precedence first
     * @param documents its documents and those it imports, lowest precedence first
     */
    record Loaded(List<String> files, List<SettingsDocument> documents) {
    }

    /**
     * The settings files of this name in these locations not read yet, lowest precedence
     * first. All of them count as read before any import is: Spring Boot reads a file
     * imported again where it first read it.
     */
    List<Loaded> load(List<Path> locations, String name) {
        List<Path> found = new ArrayList<>();
        List<String> extensions = new ArrayList<>();
        for (Path location : locations) {
            for (String extension : EXTENSIONS) {
                Path file = location.resolve(name + extension);
                if (Files.isRegularFile(file) && RealPaths.inside(root, file)
                        && read.add(file.toAbsolutePath().normalize())) {
                    found.add(file);
                    extensions.add(extension);
                }
            }
        }
        List<Loaded> loaded = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            List<String> files = new ArrayList<>();
            List<SettingsDocument> documents = withImports(found.get(i), extensions.get(i), files, 0);
            loaded.add(new Loaded(files, documents));
        }
        return loaded;
    }

    private List<SettingsDocument> withImports(Path file, String extension, List<String> files, int depth) {
        files.add(root.relativize(file).toString().replace('\\', '/'));
        UnaryOperator<String> filter = build.apply(file);
        List<SettingsDocument> documents = new ArrayList<>();
        for (SettingsDocument document : SettingsDocument.read(file, extension)) {
            SettingsDocument filtered = document.filtered(filter);
            documents.add(filtered);
            if (!filtered.unconditional() || depth >= MAX_IMPORT_DEPTH) {
                continue;
            }
            for (String location : filtered.imports()) {
                Optional<ClasspathImport> imported = ClasspathImport
                    .of(location, resources, Objects.requireNonNull(file.toAbsolutePath().getParent()))
                    .filter(candidate -> RealPaths.inside(root, candidate.file()) && read.add(candidate.file()));
                imported
                    .ifPresent(next -> documents.addAll(withImports(next.file(), next.extension(), files, depth + 1)));
            }
        }
        return documents;
    }

}
