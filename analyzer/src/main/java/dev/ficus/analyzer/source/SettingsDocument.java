package dev.ficus.analyzer.source;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One document of a Spring Boot settings file: a whole {@code application.properties},
 * the part between two {@code #---} lines, or one YAML document, flattened to keys
 * ({@code spring.web.resources.static-locations[0]}).
 *
 * @param values the settings by key
 */
record SettingsDocument(Map<String, String> values) {

    /** Settings that apply a document only to some profiles. */
    private static final List<String> ON_PROFILE = List.of("spring.config.activate.on-profile", "spring.profiles");

    /** Settings that apply a document only on some cloud platform. */
    private static final String ON_CLOUD_PLATFORM = "spring.config.activate.on-cloud-platform";

    /** The line between two documents of a properties file. */
    private static final Pattern PROPERTIES_DOCUMENT = Pattern.compile("(?m)^[#!]---[ \\t]*\\r?$");

    /**
     * A value Maven's resource filtering fills in ({@code level: @logging.level@}, the
     * delimiter of spring-boot-starter-parent): not YAML until quoted.
     */
    private static final Pattern FILTERED_VALUE = Pattern
        .compile("(?m)(:[ \\t]+|-[ \\t]+)(@[\\w.\\-]+@)(?=[ \\t]*(#.*)?$)");

    /** A profile expression this reader does not evaluate ({@code prod & !cloud}). */
    private static final Pattern PROFILE_EXPRESSION = Pattern.compile("[!&|()]");

    SettingsDocument {
        values = Map.copyOf(values);
    }

    /**
     * Whether Spring Boot applies this document when these profiles are active: it names
     * no profile or platform to activate on, or one of these profiles (alone, as a list,
     * or separated by commas). A profile expression is taken as not matching.
     */
    boolean appliesWith(Set<String> profiles) {
        if (values.keySet().stream().anyMatch(key -> named(key, ON_CLOUD_PLATFORM))) {
            return false;
        }
        List<String> onProfile = values.entrySet()
            .stream()
            .filter(entry -> ON_PROFILE.stream().anyMatch(name -> named(entry.getKey(), name)))
            .flatMap(entry -> Arrays.stream(entry.getValue().split(",")))
            .map(String::strip)
            .toList();
        return onProfile.isEmpty() || onProfile.stream().anyMatch(profile -> matches(profile, profiles));
    }

    /**
     * A profile's name, or {@code !name}; another expression is taken as not matching.
     */
    private static boolean matches(String expression, Set<String> profiles) {
        boolean not = expression.startsWith("!");
        String name = not ? expression.substring(1).strip() : expression;
        return !PROFILE_EXPRESSION.matcher(name).find() && (not != profiles.contains(name));
    }

    /**
     * Puts this document's settings over those before it, as Spring Boot does: a list it
     * gives ({@code locations[0]}) or a value it gives instead of one replaces the whole
     * list before it, not its first entries.
     */
    void mergeInto(Map<String, String> before) {
        Set<String> lists = values.keySet().stream().map(SettingsDocument::listOf).collect(Collectors.toSet());
        before.keySet().removeIf(key -> lists.contains(listOf(key)));
        before.putAll(values);
    }

    /**
     * The key with its list indexes and what follows them left out ({@code a.b[0].c} is
     * {@code a.b}).
     */
    private static String listOf(String key) {
        int index = key.indexOf('[');
        return (index < 0) ? key : key.substring(0, index);
    }

    private static boolean named(String key, String name) {
        return key.equals(name) || key.startsWith(name + "[");
    }

    /**
     * The documents of a settings file, in order.
     * @throws InvalidInputException when the file cannot be read as properties or YAML
     */
    static List<SettingsDocument> read(Path file) {
        try {
            return file.toString().endsWith(".properties") ? properties(file) : yaml(file);
        }
        catch (CharacterCodingException e) {
            throw new InvalidInputException("cannot read the monolith's settings " + file + ": not UTF-8 text");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SettingsDocument> properties(Path file) throws IOException {
        List<SettingsDocument> documents = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        for (String part : PROPERTIES_DOCUMENT.split(text)) {
            Properties properties = new Properties();
            try (Reader reader = new StringReader(part)) {
                properties.load(reader);
            }
            catch (IllegalArgumentException e) {
                throw new InvalidInputException("cannot read the monolith's settings " + file + ": " + e.getMessage());
            }
            Map<String, String> values = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            documents.add(new SettingsDocument(values));
        }
        return documents;
    }

    private static List<SettingsDocument> yaml(Path file) throws IOException {
        List<SettingsDocument> documents = new ArrayList<>();
        String text = FILTERED_VALUE.matcher(Files.readString(file)).replaceAll("$1'$2'");
        try (MappingIterator<JsonNode> yaml = new YAMLMapper().readerFor(JsonNode.class).readValues(text)) {
            while (yaml.hasNext()) {
                Map<String, String> values = new TreeMap<>();
                flatten("", yaml.next(), values);
                documents.add(new SettingsDocument(values));
            }
        }
        catch (JacksonException e) {
            String problem = e.getOriginalMessage().lines().findFirst().orElse("not YAML").strip();
            String where = (e.getLocation() == null) ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidInputException("cannot read the monolith's settings " + file + ": " + problem + where);
        }
        return documents;
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
