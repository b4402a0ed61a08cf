package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.ApplicationSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The monolith's own settings that say how its code behaves rather than where it runs:
 * message bundles, templates, web and JSON settings, JPA naming. The service runs the
 * same classes, so it needs them too (without them spring-petclinic's pages showed
 * {@code ??vets_en??} instead of "Veterinarians"). Read from the monolith's
 * {@code application.properties} and {@code application.yml} as Spring Boot merges them
 * (see {@link ApplicationSettings}); where it runs (server, database, schema, management)
 * stays the service's own, but its port says where the service reaches it.
 *
 * @param files the files they come from, relative to the monolith's folder; empty when it
 * has none
 * @param settings the settings carried over, by key
 * @param databaseUser the user its datasource connects as
 * ({@code spring.datasource.username} or its pool's), empty when it names none
 * @param port the port it listens on ({@code server.port}, else Spring Boot's 8080)
 */
record MonolithSettings(List<String> files, SortedMap<String, String> settings, Optional<String> databaseUser,
        int port) {

    private static final List<String> CARRIED = List.of("spring.messages.", "spring.thymeleaf.", "spring.freemarker.",
            "spring.mustache.", "spring.groovy.template.", "spring.mvc.", "spring.webflux.", "spring.web.",
            "spring.jackson.", "spring.gson.", "spring.data.web.", "spring.data.rest.", "spring.jpa.hibernate.naming.",
            "spring.jpa.properties.", "spring.servlet.multipart.", "server.servlet.encoding.", "server.error.");

    /** JPA properties that name the monolith's database or generate its schema. */
    private static final List<String> WHERE_IT_RUNS = List.of("dialect", "hbm2ddl", "schema-generation",
            "default_schema", "default_catalog", "connection.");

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
                    .orElse(DEFAULT_PORT));
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

    /** The section of the service's {@code application.properties}, empty when none. */
    String section() {
        if (settings.isEmpty()) {
            return "";
        }
        StringBuilder section = new StringBuilder("\n# From the monolith's ").append(String.join(" and ", files))
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

}
