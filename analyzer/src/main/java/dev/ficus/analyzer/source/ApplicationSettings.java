package dev.ficus.analyzer.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The settings a Spring Boot application started without arguments reads: its
 * {@code application.properties}, {@code application.yml} or {@code application.yaml} and
 * those in {@code config/} beside them (see {@link #settingsFiles}), then the
 * profile-specific files of the profiles they make active, with the files they import
 * from the classpath ({@link SettingsReader}), merged with Spring Boot's precedence and
 * flattened to keys ({@code spring.web.resources.static-locations[0]}).
 *
 * @param files the files they come from, relative to the application's folder, the one
 * that takes precedence last; empty when it has none
 * @param values the settings by key
 */
public record ApplicationSettings(List<String> files, Map<String, String> values) {

    private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml");

    /** How deep below the monolith's folder a module's resources may lie. */
    private static final int MODULE_DEPTH = 5;

    public ApplicationSettings {
        files = List.copyOf(files);
        values = Map.copyOf(values);
    }

    /**
     * The settings of the application in this folder: those of the first module holding
     * settings files, as Spring Boot merges them when it starts without arguments
     * ({@code config/} over the folder, {@code .properties} over YAML, profile-specific
     * files and documents of the profiles they activate over the rest).
     * @throws InvalidInputException when one of its settings files cannot be read
     */
    public static ApplicationSettings of(Path root) {
        return of(root, file -> UnaryOperator.identity());
    }

    /**
     * As {@link #of(Path)}, each value first passed through what the build does to its
     * settings file (Maven's resource filtering), given by file.
     * @throws InvalidInputException when one of its settings files cannot be read
     */
    public static ApplicationSettings of(Path root, Function<Path, UnaryOperator<String>> build) {
        List<Path> found = settingsFiles(root);
        if (found.isEmpty()) {
            return new ApplicationSettings(List.of(), Map.of());
        }
        Path resources = resourcesOf(found.get(0));
        List<Path> locations = List.of(resources, resources.resolve("config"));
        SettingsReader reader = new SettingsReader(root, resources, build);
        List<SettingsReader.Loaded> loaded = new ArrayList<>(reader.load(locations, "application"));
        Set<String> profiles = ActiveProfiles.of(loaded.stream()
            .flatMap(file -> file.documents().stream())
            .filter(SettingsDocument::unconditional)
            .toList());
        profiles.forEach(profile -> loaded.addAll(reader.load(locations, "application-" + profile)));
        Map<String, String> values = new TreeMap<>();
        loaded.stream()
            .flatMap(file -> file.documents().stream())
            .filter(document -> document.appliesWith(profiles))
            .forEach(document -> document.mergeInto(values));
        return new ApplicationSettings(loaded.stream().flatMap(file -> file.files().stream()).toList(), values);
    }

    /** The resources folder a settings file lies in, or in whose {@code config/}. */
    private static Path resourcesOf(Path file) {
        Path folder = Objects.requireNonNull(file.getParent());
        Path above = folder.getParent();
        return (above != null && folder.endsWith("config") && above.endsWith("src/main/resources")) ? above : folder;
    }

    /**
     * The settings every settings file of the folder and its modules that gives them
     * agrees on: in a build of several applications, a value one of them sets and another
     * sets otherwise is no one's. Files that cannot be read are left out.
     */
    public static ApplicationSettings agreed(Path root) {
        Map<String, String> agreed = new TreeMap<>();
        Set<String> disputed = new HashSet<>();
        for (Path file : settingsFiles(root)) {
            Map<String, String> values = new TreeMap<>();
            try {
                SettingsDocument.read(file)
                    .stream()
                    .filter(SettingsDocument::unconditional)
                    .forEach(document -> document.mergeInto(values));
            }
            catch (InvalidInputException | UncheckedIOException e) {
                continue;
            }
            values.forEach((key, value) -> {
                String before = disputed.contains(key) ? value : agreed.putIfAbsent(key, value);
                if (before != null && !before.equals(value)) {
                    agreed.remove(key);
                    disputed.add(key);
                }
            });
        }
        return new ApplicationSettings(List.of(), agreed);
    }

    /**
     * The text with each {@code ${name}} these settings give, or {@code ${name:default}},
     * replaced by its value, as Spring resolves a mapping's path; an unknown one without
     * a default stays as it is (see {@link Placeholders}).
     */
    public String resolve(String text) {
        return new Placeholders(values).resolve(text);
    }

    /**
     * Where Spring Boot finds the application's settings, in the order they are tried:
     * the monolith's own {@code src/main/resources} (and its {@code config/}), then its
     * modules' by path (a multi-module monolith keeps them in its application module:
     * elunez/eladmin's {@code eladmin-system/src/main/resources/config/application.yml}).
     */
    static List<Path> settingsFiles(Path monolithRoot) {
        if (!Files.isDirectory(monolithRoot)) {
            return List.of();
        }
        List<Path> folders = new ArrayList<>(
                List.of(monolithRoot.resolve("src/main/resources"), monolithRoot.resolve("src/main/resources/config")));
        try (Stream<Path> paths = Files.find(monolithRoot, MODULE_DEPTH, (path, attributes) -> attributes.isDirectory()
                && path.endsWith("src/main/resources") && !path.startsWith(monolithRoot.resolve("src")))) {
            paths.sorted().forEach(folder -> folders.addAll(List.of(folder, folder.resolve("config"))));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folders.stream()
            .flatMap(folder -> FILES.stream().map(folder::resolve))
            .filter(file -> Files.isRegularFile(file) && RealPaths.inside(monolithRoot, file))
            .toList();
    }

}
