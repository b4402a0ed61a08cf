package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.ApplicationSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The monolith's own settings but those saying where it runs: the service runs the same
 * classes, so it needs the rest too, from message bundles and templates (without them
 * spring-petclinic's pages showed {@code ??vets_en??} instead of "Veterinarians") to a
 * library's settings and the application's own that its classes read as
 * {@code ${mybatis-plus.mapperPackage}} (without it RuoYi-Vue-Plus's service stopped
 * while starting). Spring Boot ignores settings nothing reads, so carrying more costs
 * nothing. Read from the monolith's {@code application.properties} and
 * {@code application.yml} as Spring Boot merges them (see {@link ApplicationSettings});
 * where it runs (database, server, management, profiles, Ficus's own libraries) stays the
 * service's own, but its port says where the service reaches it.
 *
 * @param files the files they come from, relative to the monolith's folder; empty when it
 * has none
 * @param settings the settings it may carry over, by key, before the service's own win
 * ({@link #besides})
 * @param databaseUser the user its datasource connects as
 * ({@code spring.datasource.username} or its pool's), empty when it names none
 * @param port the port it listens on ({@code server.port}, else Spring Boot's 8080)
 * @param dynamicDataSource whether its datasource is dynamic-datasource's
 * ({@code spring.datasource.dynamic.*}), which reads no {@code spring.datasource.url}
 */
record MonolithSettings(List<String> files, SortedMap<String, String> settings, Optional<String> databaseUser, int port,
        boolean dynamicDataSource) {

    /**
     * The service's own database as dynamic-datasource's primary source, any other source
     * the monolith's code names falling back to it.
     */
    private static final String DYNAMIC_DATA_SOURCE = """

            # The monolith's datasource is dynamic-datasource's, which reads none of the above: this service's database
            # is its primary source, and a source the code names that the service does not have falls back to it.
            spring.datasource.dynamic.primary=master
            spring.datasource.dynamic.strict=false
            spring.datasource.dynamic.datasource.master.url=${spring.datasource.url}
            spring.datasource.dynamic.datasource.master.username=${spring.datasource.username}
            spring.datasource.dynamic.datasource.master.password=${spring.datasource.password}
            """;

    /**
     * Where the monolith runs, which the service says for itself: its database and
     * schema, server address (the gateway forwards paths as they come, and the service's
     * probes answer at the root), management, name, profiles and imported files, and what
     * the generated project sets for Ficus's libraries.
     */
    private static final List<String> WHERE_IT_RUNS = List.of("spring.datasource", "spring.sql.init", "spring.flyway",
            "spring.liquibase", "spring.h2", "spring.r2dbc", "spring.shardingsphere", "spring.jpa.hibernate.ddl-auto",
            "spring.jpa.generate-ddl", "spring.jpa.database", "spring.jpa.database-platform",
            "spring.jpa.defer-datasource-initialization", "spring.autoconfigure.exclude", "server.port",
            "server.address", "server.servlet.context-path", "server.ssl", "server.shutdown", "management",
            "spring.application", "spring.profiles", "spring.config", "spring.devtools", "spring.cloud",
            "spring.rabbitmq", "logging.file", "logging.config", "ficus.data-dir", "ficus.sync", "ficus.trust",
            "ficus.monolith");

    /** JPA properties that name the monolith's database or generate its schema. */
    private static final List<String> JPA_WHERE_IT_RUNS = List.of("dialect", "hbm2ddl", "schema-generation",
            "default_schema", "default_catalog", "connection.");

    /** A part of a key naming a secret. */
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|passwd|pwd|secret|credential).*");

    /** The last part of a key naming a secret. */
    private static final Pattern SECRET_LAST = Pattern
        .compile("(?i).*(token|private-?key|access-?key|api-?key|signing-?key)");

    /** A URL with a user's password in it ({@code redis://:pw@host}). */
    private static final Pattern URL_PASSWORD = Pattern.compile("\\w+://[^/\\s@]*:[^/\\s@]+@");

    /** Spring Boot's port when the monolith names none. */
    static final int DEFAULT_PORT = 8080;

    private static final Pattern FILTER_TOKEN = Pattern.compile("@[\\w.\\-]+@");

    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    MonolithSettings {
        files = List.copyOf(files);
        settings = new TreeMap<>(settings);
    }

    static MonolithSettings of(Path monolithRoot) {
        ApplicationSettings application = ApplicationSettings.of(monolithRoot,
                file -> MavenResourceFiltering.of(file, monolithRoot));
        Map<String, String> all = application.values();
        return new MonolithSettings(application.files(), carried(all), databaseUser(all),
                Optional.ofNullable(all.get("server.port"))
                    .flatMap(port -> port(application.resolve(port)))
                    .orElse(DEFAULT_PORT),
                all.keySet().stream().anyMatch(key -> key.startsWith("spring.datasource.dynamic.")));
    }

    /**
     * The user of its datasource: Spring Boot's {@code spring.datasource.username}, else
     * that of the connection pool or routing library configured in its place (HikariCP,
     * Druid, dynamic-datasource's primary source).
     */
    private static Optional<String> databaseUser(Map<String, String> all) {
        String primary = all.getOrDefault("spring.datasource.dynamic.primary", "master");
        return Stream
            .of("spring.datasource.username", "spring.datasource.hikari.username", "spring.datasource.druid.username",
                    "spring.datasource.dynamic.datasource." + primary + ".username")
            .map(all::get)
            .filter(Objects::nonNull)
            .findFirst();
    }

    /**
     * {@code server.port} as a number, its placeholders filled in as Spring does (the
     * default of a {@code ${PORT:8000}}, the value of a {@code ${app.port}}).
     */
    private static Optional<Integer> port(String value) {
        String port = value.strip();
        return PORT.matcher(port).matches() ? Optional.of(Integer.parseInt(port)) : Optional.empty();
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

    /**
     * The monolith's settings to write after the service's own, which are given as the
     * text of its {@code application.properties} and win over the monolith's: those whose
     * placeholders name a setting of either or give a default.
     */
    SortedMap<String, String> besides(String serviceProperties) {
        Set<String> own = keys(serviceProperties);
        Set<String> ownCanonical = new HashSet<>();
        own.forEach(key -> ownCanonical.add(SettingReferences.canonical(key)));
        SortedMap<String, String> kept = new TreeMap<>(settings);
        kept.keySet().removeIf(key -> ownCanonical.contains(SettingReferences.canonical(key)));
        boolean dropped = true;
        while (dropped) {
            Set<String> known = new HashSet<>(own);
            known.addAll(kept.keySet());
            dropped = kept.values().removeIf(value -> !SettingReferences.resolvable(value, known));
        }
        return kept;
    }

    /**
     * The service's {@code application.properties}: its own settings (with its database
     * where the monolith's datasource library reads it), then the monolith's
     * ({@link #besides}) escaped as {@code .properties} text is (Spring Boot reads it as
     * ISO 8859-1).
     */
    String appendedTo(String serviceProperties) {
        String own = own(serviceProperties);
        SortedMap<String, String> carried = besides(own);
        if (carried.isEmpty()) {
            return own;
        }
        StringBuilder text = new StringBuilder(own).append("\n# From the monolith's ")
            .append(String.join(" and ", files))
            .append(": all but where it runs (database, server, management, profiles, Ficus's libraries).\n");
        carried.forEach((key, value) -> text.append(escaped(key, value)).append('\n'));
        return text.toString();
    }

    /**
     * The service's own settings, with its database where the monolith's library reads
     * it.
     */
    private String own(String serviceProperties) {
        return serviceProperties + (dynamicDataSource ? DYNAMIC_DATA_SOURCE : "");
    }

    /** What the README says of the monolith's secrets the service's settings now hold. */
    List<String> notes(String serviceProperties) {
        List<String> secrets = besides(own(serviceProperties)).entrySet()
            .stream()
            .filter(setting -> secret(setting.getKey()) || URL_PASSWORD.matcher(setting.getValue()).find())
            .map(Map.Entry::getKey)
            .toList();
        if (secrets.isEmpty()) {
            return List.of();
        }
        return List.of("`application.properties` holds the monolith's " + String.join(", ", secrets)
                + " as its settings files have them: give them from the environment before the project is shared");
    }

    private static boolean secret(String key) {
        return Arrays.stream(key.split("\\.")).anyMatch(SECRET.asMatchPredicate())
                || SECRET_LAST.matcher(key.substring(key.lastIndexOf('.') + 1)).matches();
    }

    /**
     * One setting as {@code Properties.store} writes it: non-ASCII as Unicode escapes.
     */
    private static String escaped(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            one.store(text, null);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString(StandardCharsets.ISO_8859_1)
            .lines()
            .filter(line -> !line.startsWith("#"))
            .findFirst()
            .orElseThrow();
    }

    private static Set<String> keys(String properties) {
        Properties loaded = new Properties();
        try {
            loaded.load(new StringReader(properties));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded.stringPropertyNames();
    }

    /**
     * A value naming a setting ({@code ${name}}) without a default, or one Maven's
     * resource filtering fills in ({@code @logging.level@}) when it builds the monolith:
     * the service would not start with it as written.
     */
    private static boolean resolvable(String value) {
        return !FILTER_TOKEN.matcher(value).find() && SettingReferences.resolvable(value, Set.of());
    }

    private static SortedMap<String, String> carried(Map<String, String> all) {
        SortedMap<String, String> carried = new TreeMap<>();
        all.forEach((key, value) -> {
            if (WHERE_IT_RUNS.stream().noneMatch(setting -> SettingReferences.within(key, setting))
                    && !FILTER_TOKEN.matcher(value).find() && !(key.startsWith("spring.jpa.properties.")
                            && JPA_WHERE_IT_RUNS.stream().anyMatch(key::contains))) {
                carried.put(key, value);
            }
        });
        return carried;
    }

}
