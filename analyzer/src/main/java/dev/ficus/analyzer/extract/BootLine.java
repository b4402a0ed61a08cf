package dev.ficus.analyzer.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Spring Boot release line a generated service is built on: the monolith's own, since
 * the service runs the monolith's classes. A monolith on Spring Boot 3 (or on Spring
 * Framework 6 without Boot) gets a Spring Boot 3 service; one on Spring Boot 4, or whose
 * release is not known, a Spring Boot 4 service, as Ficus itself.
 */
enum BootLine {

    /** Spring Boot 4, Jackson 3. */
    FOUR("4.0.7", "2.0.3",
            List.of("org.springframework.boot:spring-boot-starter-webmvc",
                    "org.springframework.boot:spring-boot-starter-data-jpa",
                    "org.springframework.boot:spring-boot-starter-flyway",
                    "org.springframework.boot:spring-boot-starter-actuator",
                    "org.springframework.boot:spring-boot-starter-restclient",
                    "org.springframework.boot:spring-boot-starter-amqp"),
            Map.of("jackson", "tools.jackson", "jsonMapper", "JsonMapper", "jsonMapperImport",
                    "tools.jackson.databind.json.JsonMapper", "textNode", "StringNode", "readFailure",
                    "JacksonException", "readFailureImport", "tools.jackson.core.JacksonException", "listenerRetries",
                    "spring.rabbitmq.listener.simple.retry.max-retries=3", "restClientLibrary",
                    "`spring-boot-starter-restclient`")),

    /**
     * Spring Boot 3, Jackson 2: its {@code ObjectMapper} bean, whose reads throw the
     * checked {@code IOException}; listener retries counted with the first delivery.
     */
    THREE("3.5.7", "1.4.4",
            List.of("org.springframework.boot:spring-boot-starter-web",
                    "org.springframework.boot:spring-boot-starter-data-jpa", "org.flywaydb:flyway-core",
                    "org.springframework.boot:spring-boot-starter-actuator",
                    "org.springframework.boot:spring-boot-starter-amqp"),
            Map.of("jackson", "com.fasterxml.jackson", "jsonMapper", "ObjectMapper", "jsonMapperImport",
                    "com.fasterxml.jackson.databind.ObjectMapper", "textNode", "TextNode", "readFailure", "IOException",
                    "readFailureImport", "java.io.IOException", "listenerRetries",
                    "spring.rabbitmq.listener.simple.retry.max-attempts=4", "restClientLibrary",
                    "`spring-boot-starter-web` (it brings `RestClient`)"));

    private final String bootVersion;

    private final String modulithVersion;

    private final List<String> starters;

    private final Map<String, String> templateValues;

    BootLine(String bootVersion, String modulithVersion, List<String> starters, Map<String, String> templateValues) {
        this.bootVersion = bootVersion;
        this.modulithVersion = modulithVersion;
        this.starters = starters;
        this.templateValues = templateValues;
    }

    /** The line for a monolith built on {@code release}. */
    static BootLine of(Optional<SpringRelease> release) {
        return release.filter(SpringRelease::beforeBootFour).map(boot3 -> THREE).orElse(FOUR);
    }

    String bootVersion() {
        return bootVersion;
    }

    String modulithVersion() {
        return modulithVersion;
    }

    /**
     * What the service declares besides the monolith's libraries, as
     * {@code groupId:artifactId}, versions left to Spring Boot: web, JPA, Flyway,
     * actuator, REST client, RabbitMQ.
     */
    List<String> starters() {
        return starters;
    }

    /**
     * The values of the templates' placeholders that differ by line: Jackson's package
     * root, the mapper bean's type, the text node and what a read of an event throws; the
     * listener's retries as the line's property names them; the library that brings
     * {@code RestClient}.
     */
    Map<String, String> templateValues() {
        return templateValues;
    }

}
