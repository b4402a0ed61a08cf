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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

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

    /** The setting naming more settings files to read. */
    private static final String IMPORT = "spring.config.import";

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

    /**
     * A list index in a key ({@code [0]}); {@code [hibernate.format_sql]} is a map's key.
     */
    private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]");

    /** How deep a YAML document may nest: deeper is an alias that holds itself. */
    private static final int MAX_DEPTH = 64;

    /** How many settings a YAML document may flatten to: more is an alias bomb. */
    private static final int MAX_SETTINGS = 100_000;

    /** A profile expression this reader does not evaluate ({@code prod & !cloud}). */
    private static final Pattern PROFILE_EXPRESSION = Pattern.compile("[!&|()]");

    SettingsDocument {
        values = Map.copyOf(values);
    }

    /** The document with each value passed through the filter. */
    SettingsDocument filtered(UnaryOperator<String> filter) {
        Map<String, String> filtered = new TreeMap<>();
        values.forEach((key, value) -> filtered.put(key, filter.apply(value)));
        return new SettingsDocument(filtered);
    }

    /**
     * The locations its {@code spring.config.import} names, as one value separated by
     * commas or as a list, in order.
     */
    List<String> imports() {
        return values.entrySet()
            .stream()
            .filter(entry -> named(entry.getKey(), IMPORT))
            .sorted(Comparator.comparingInt(entry -> listIndex(entry.getKey())))
            .flatMap(entry -> Arrays.stream(entry.getValue().split(",")))
            .map(String::strip)
            .filter(location -> !location.isEmpty())
            .toList();
    }

    private static int listIndex(String key) {
        Matcher index = LIST_INDEX.matcher(key);
        return index.find() ? Integer.parseInt(key.substring(index.start() + 1, index.end() - 1)) : -1;
    }

    /** Whether the document applies whatever the profiles and platform. */
    boolean unconditional() {
        return values.keySet()
            .stream()
            .noneMatch(key -> named(key, ON_CLOUD_PLATFORM) || ON_PROFILE.stream().anyMatch(name -> named(key, name)));
    }

    /**
     * Whether Spring Boot applies this document when these profiles are active: it names
     * no profile or platform to activate on, or one of these profiles (alone, as a list,
     * or separated by commas), or {@code !name} of a profile not among them; another
     * profile expression is taken as not matching.
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
        Matcher index = LIST_INDEX.matcher(key);
        return index.find() ? key.substring(0, index.start()) : key;
    }

    private static boolean named(String key, String name) {
        return key.equals(name) || key.startsWith(name + "[");
    }

    /**
     * The documents of a settings file, in order.
     * @throws InvalidInputException when the file cannot be read as properties or YAML
     */
    static List<SettingsDocument> read(Path file) {
        return read(file, file.toString().endsWith(".properties") ? ".properties" : ".yml");
    }

    /**
     * The documents of a settings file read as its extension says ({@code .properties},
     * else YAML), in order.
     * @throws InvalidInputException when the file cannot be read so
     */
    static List<SettingsDocument> read(Path file, String extension) {
        try {
            return extension.equals(".properties") ? properties(file) : yaml(file);
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

    /**
     * Read with SnakeYAML as Spring Boot reads it: anchors, aliases and merge keys
     * expanded, YAML 1.1 scalars, dates left as text, aliases bounded.
     */
    private static List<SettingsDocument> yaml(Path file) throws IOException {
        List<SettingsDocument> documents = new ArrayList<>();
        String text = FILTERED_VALUE.matcher(Files.readString(file)).replaceAll("$1'$2'");
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new NoTimestampResolver());
        try {
            for (Object document : yaml.loadAll(text)) {
                Map<String, String> values = new TreeMap<>();
                flatten("", document, values, 0);
                documents.add(new SettingsDocument(values));
            }
        }
        catch (MarkedYAMLException e) {
            throw unreadable(file, (e.getProblem() == null ? "not YAML" : e.getProblem()) + where(e.getProblemMark()));
        }
        catch (InvalidInputException e) {
            throw unreadable(file, String.valueOf(e.getMessage()));
        }
        catch (RuntimeException e) {
            // SnakeYAML also ends a bad tagged value (!!int x, !!map [x]) with the JDK's
            // own exceptions
            throw unreadable(file, String.valueOf(e.getMessage()).lines().findFirst().orElse("not YAML").strip());
        }
        return documents;
    }

    private static InvalidInputException unreadable(Path file, String problem) {
        return new InvalidInputException("cannot read the monolith's settings " + file + ": " + problem);
    }

    private static String where(@Nullable Mark mark) {
        return (mark == null) ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
    }

    /**
     * The document's values by key; an empty value, list or map is {@code ""}, as Spring
     * Boot reads it, so that it replaces one before it.
     */
    private static void flatten(String prefix, @Nullable Object node, Map<String, String> into, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException(
                    "nested deeper than " + MAX_DEPTH + " levels at " + prefix + " (an alias inside itself?)");
        }
        if (node instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((name, value) -> flatten(key(prefix, String.valueOf(name)), value, into, depth + 1));
        }
        else if (node instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into, depth + 1);
            }
        }
        else if (!prefix.isEmpty()) {
            boolean empty = node == null || node instanceof Map<?, ?> || node instanceof List<?>;
            into.put(prefix, empty ? "" : String.valueOf(node));
            if (into.size() > MAX_SETTINGS) {
                throw new InvalidInputException(
                        "more than " + MAX_SETTINGS + " settings (an alias expanding" + " without end?)");
            }
        }
    }

    /** Spring Boot's YAML resolver: a date stays the text it is written as. */
    private static final class NoTimestampResolver extends Resolver {

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }

    }

    private static String key(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

}
