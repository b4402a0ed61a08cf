package dev.ficus.analyzer.source;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The settings a Spring Boot application reads whatever its active profiles, from its
 * first {@code application.properties}, {@code application.yml} or
 * {@code application.yaml} (see {@link #settingsFiles}), flattened to keys
 * ({@code spring.web.resources.static-locations[0]}).
 *
 * @param file the file they come from, relative to the application's folder; empty when
 * it has none
 * @param values the settings by key
 */
public record ApplicationSettings(String file, Map<String, String> values) {

    /** Settings that apply a YAML document only to some profiles or platforms. */
    private static final List<String> ACTIVATION = List.of("spring.config.activate.on-profile",
            "spring.config.activate.on-cloud-platform", "spring.profiles");

    /** The line between two documents of a properties file. */
    private static final Pattern PROPERTIES_DOCUMENT = Pattern.compile("(?m)^[#!]---[ \\t]*\\r?$");

    private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml");

    /** How deep below the monolith's folder a module's resources may lie. */
    private static final int MODULE_DEPTH = 5;

    /**
     * A value Maven's resource filtering fills in ({@code level: @logging.level@}, the
     * delimiter of spring-boot-starter-parent): not YAML until quoted.
     */
    private static final Pattern FILTERED_VALUE = Pattern
        .compile("(?m)(:[ \\t]+|-[ \\t]+)(@[\\w.\\-]+@)(?=[ \\t]*(#.*)?$)");

    public ApplicationSettings {
        values = Map.copyOf(values);
    }

    /**
     * The settings of the application in this folder.
     * @throws InvalidInputException when its settings file is not YAML
     */
    public static ApplicationSettings of(Path root) {
        return settingsFiles(root).stream()
            .findFirst()
            .map(file -> new ApplicationSettings(root.relativize(file).toString().replace('\\', '/'), read(file)))
            .orElse(new ApplicationSettings("", Map.of()));
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
            Map<String, String> values;
            try {
                values = read(file);
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
        return new ApplicationSettings("", agreed);
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
            .filter(file -> Files.isRegularFile(file) && inside(monolithRoot, file))
            .toList();
    }

    /**
     * Whether the file, links followed, lies in the folder (a link may lead anywhere).
     */
    private static boolean inside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        }
        catch (IOException e) {
            return false;
        }
    }

    private static Map<String, String> read(Path file) {
        try {
            return file.toString().endsWith(".properties") ? properties(file) : yaml(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documents of the properties file Spring Boot applies whatever the active
     * profiles, in order: each between {@code #---} lines that names no profile or cloud
     * platform to activate on.
     */
    private static Map<String, String> properties(Path file) throws IOException {
        Map<String, String> all = new TreeMap<>();
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        for (String part : PROPERTIES_DOCUMENT.split(text)) {
            Properties properties = new Properties();
            try (Reader reader = new StringReader(part)) {
                properties.load(reader);
            }
            catch (IllegalArgumentException e) {
                throw new InvalidInputException("cannot read the monolith's settings " + file + ": " + e.getMessage());
            }
            if (appliesAlways(properties.stringPropertyNames())) {
                properties.stringPropertyNames().forEach(key -> all.put(key, properties.getProperty(key)));
            }
        }
        return all;
    }

    /**
     * The YAML file's documents that Spring Boot applies whatever the active profiles, in
     * order, flattened to keys: each document that names no profile or cloud platform to
     * activate on, also after {@code ---} (a file split by topic, as
     * dromara/RuoYi-Vue-Plus's).
     */
    private static Map<String, String> yaml(Path file) throws IOException {
        Map<String, String> all = new TreeMap<>();
        String text = FILTERED_VALUE.matcher(Files.readString(file)).replaceAll("$1'$2'");
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(text)) {
            while (documents.hasNext()) {
                Map<String, String> document = new TreeMap<>();
                flatten("", documents.next(), document);
                if (appliesAlways(document.keySet())) {
                    all.putAll(document);
                }
            }
        }
        catch (JacksonException e) {
            String problem = e.getOriginalMessage().lines().findFirst().orElse("not YAML").strip();
            String where = (e.getLocation() == null) ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidInputException("cannot read the monolith's settings " + file + ": " + problem + where);
        }
        return all;
    }

    /**
     * Whether a document with these keys applies whatever the profiles: it names none to
     * activate on, alone or as a list ({@code on-profile[0]}).
     */
    private static boolean appliesAlways(Set<String> keys) {
        return keys.stream()
            .noneMatch(key -> ACTIVATION.stream().anyMatch(name -> key.equals(name) || key.startsWith(name + "[")));
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.properties().forEach(entry -> flatten(key(prefix, entry.getKey()), entry.getValue(), into));
        }
        else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), into);
            }
        }
        else if (!node.isNull() && !prefix.isEmpty()) {
            into.put(prefix, node.asString());
        }
    }

    private static String key(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

}
