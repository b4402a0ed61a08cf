package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.InvalidInputException;
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
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The monolith's own settings that say how its code behaves rather than where it runs:
 * message bundles, templates, web and JSON settings, JPA naming. The service runs the
 * same classes, so it needs them too (without them spring-petclinic's pages showed
 * {@code ??vets_en??} instead of "Veterinarians"). Read from the monolith's
 * {@code application.properties} or {@code application.yml} (see {@link #settingsFiles});
 * where it runs (server, database, schema, management) stays the service's own, but its
 * port says where the service reaches it.
 *
 * @param file the file they come from, relative to the monolith's folder; empty when it
 * has none
 * @param settings the settings carried over, by key
 * @param databaseUser the user its datasource connects as
 * ({@code spring.datasource.username}), empty when it names none
 * @param port the port it listens on ({@code server.port}, else Spring Boot's 8080)
 */
record MonolithSettings(String file, SortedMap<String, String> settings, Optional<String> databaseUser, int port) {

    private static final List<String> CARRIED = List.of("spring.messages.", "spring.thymeleaf.", "spring.freemarker.",
            "spring.mustache.", "spring.groovy.template.", "spring.mvc.", "spring.webflux.", "spring.web.",
            "spring.jackson.", "spring.gson.", "spring.data.web.", "spring.data.rest.", "spring.jpa.hibernate.naming.",
            "spring.jpa.properties.", "spring.servlet.multipart.", "server.servlet.encoding.", "server.error.");

    /** JPA properties that name the monolith's database or generate its schema. */
    private static final List<String> WHERE_IT_RUNS = List.of("dialect", "hbm2ddl", "schema-generation",
            "default_schema", "default_catalog", "connection.");

    /** Settings that apply a YAML document only to some profiles or platforms. */
    private static final List<String> ACTIVATION = List.of("spring.config.activate.on-profile",
            "spring.config.activate.on-cloud-platform", "spring.profiles");

    /** The line between two documents of a properties file. */
    private static final Pattern PROPERTIES_DOCUMENT = Pattern.compile("(?m)^[#!]---[ \\t]*\\r?$");

    private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml");

    /** Spring Boot's port when the monolith names none. */
    static final int DEFAULT_PORT = 8080;

    /** How deep below the monolith's folder a module's resources may lie. */
    private static final int MODULE_DEPTH = 5;

    private static final Pattern PORT = Pattern.compile("(?:\\$\\{[^:}]+:)?(\\d{1,5})\\}?");

    /**
     * A value Maven's resource filtering fills in ({@code level: @logging.level@}, the
     * delimiter of spring-boot-starter-parent): not YAML until quoted.
     */
    private static final Pattern FILTERED_VALUE = Pattern
        .compile("(?m)(:[ \\t]+|-[ \\t]+)(@[\\w.\\-]+@)(?=[ \\t]*(#.*)?$)");

    private static final Pattern FILTER_TOKEN = Pattern.compile("@[\\w.\\-]+@");

    MonolithSettings {
        settings = new TreeMap<>(settings);
    }

    static MonolithSettings of(Path monolithRoot) {
        return settingsFiles(monolithRoot).stream().findFirst().map(file -> {
            Map<String, String> all = read(file);
            return new MonolithSettings(monolithRoot.relativize(file).toString().replace('\\', '/'), carried(all),
                    Optional.ofNullable(all.get("spring.datasource.username")),
                    Optional.ofNullable(all.get("server.port")).flatMap(MonolithSettings::port).orElse(DEFAULT_PORT));
        }).orElse(new MonolithSettings("", new TreeMap<>(), Optional.empty(), DEFAULT_PORT));
    }

    /**
     * Where Spring Boot finds the application's settings, in the order they are tried:
     * the monolith's own {@code src/main/resources} (and its {@code config/}), then its
     * modules' by path (a multi-module monolith keeps them in its application module:
     * elunez/eladmin's {@code eladmin-system/src/main/resources/config/application.yml}).
     */
    private static List<Path> settingsFiles(Path monolithRoot) {
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

    /** {@code server.port} as a number, or the default of a {@code ${PORT:8000}}. */
    private static Optional<Integer> port(String value) {
        Matcher matcher = PORT.matcher(value.strip());
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** Where the service and its contract tests reach the monolith on this machine. */
    String monolithUrl() {
        return "http://localhost:" + port;
    }

    /**
     * The {@code --from-user} of {@code ficus migrate-data} reading the monolith's
     * database: the user its settings name, a placeholder when they name it through
     * another setting, none when they name none (Spring Boot then connects to a file or
     * server database without a user, as spring-petclinic's H2 file was created).
     */
    String migrateDataUser() {
        return databaseUser.map(user -> " --from-user " + (resolvable(user) ? user : "MONOLITH_DB_USER")).orElse("");
    }

    /** The section of the service's {@code application.properties}, empty when none. */
    String section() {
        if (settings.isEmpty()) {
            return "";
        }
        StringBuilder section = new StringBuilder("\n# From the monolith's ").append(file)
            .append(": how its code behaves (messages, templates, web, JSON, JPA naming), as the monolith runs it.\n");
        settings.forEach((key, value) -> section.append(key).append('=').append(value).append('\n'));
        return section.toString();
    }

    private static SortedMap<String, String> carried(Map<String, String> all) {
        SortedMap<String, String> carried = new TreeMap<>();
        all.forEach((key, value) -> {
            if (CARRIED.stream().anyMatch(key::startsWith) && WHERE_IT_RUNS.stream().noneMatch(key::contains)
                    && resolvable(value)) {
                carried.put(key, value);
            }
        });
        return carried;
    }

    /**
     * A value naming another setting ({@code ${name}}) is left behind unless it gives a
     * default: the service would not start without that setting. So is a value Maven's
     * resource filtering fills in ({@code @logging.level@}) when it builds the monolith.
     */
    private static boolean resolvable(String value) {
        if (FILTER_TOKEN.matcher(value).find()) {
            return false;
        }
        int start = value.indexOf("${");
        while (start >= 0) {
            int end = value.indexOf('}', start);
            if (end < 0 || !value.substring(start, end).contains(":")) {
                return false;
            }
            start = value.indexOf("${", end);
        }
        return true;
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
