package dev.ficus.analyzer.source;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
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

    /** A {@code ${name}} or {@code ${name:default}} inside a value. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}:]+)(?::([^${}]*))?}");

    /** How many rounds of placeholders inside values {@link #resolve} follows. */
    private static final int NESTING = 5;

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
     * The text with each {@code ${name}} these settings give, or {@code ${name:default}},
     * replaced by its value, as Spring resolves a mapping's path; an unknown one without
     * a default stays as it is. No Spring on the analyzer's class path, so a few lines of
     * its own rather than Spring's {@code PropertyPlaceholderHelper}.
     */
    public String resolve(String text) {
        String resolved = text;
        for (int round = 0; round < NESTING && resolved.contains("${"); round++) {
            Matcher placeholder = PLACEHOLDER.matcher(resolved);
            StringBuilder next = new StringBuilder();
            while (placeholder.find()) {
                String value = values.get(placeholder.group(1).strip());
                if (value == null) {
                    value = placeholder.group(2) != null ? placeholder.group(2) : placeholder.group();
                }
                placeholder.appendReplacement(next, Matcher.quoteReplacement(value));
            }
            placeholder.appendTail(next);
            if (next.toString().equals(resolved)) {
                break;
            }
            resolved = next.toString();
        }
        return resolved;
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
            .filter(Files::isRegularFile)
            .toList();
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
            if (ACTIVATION.stream().noneMatch(properties::containsKey)) {
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
                if (ACTIVATION.stream().noneMatch(document::containsKey)) {
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
