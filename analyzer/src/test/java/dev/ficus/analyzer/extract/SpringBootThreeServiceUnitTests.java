package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monolith on Spring Boot 3 gets a service on Spring Boot 3, where its classes run as
 * they were built: Spring Boot 3's parent and starters, Jackson 2 in the generated code.
 */
class SpringBootThreeServiceUnitTests {

    private static final ServiceNames NOTIFICATIONS = new ServiceNames("notifications",
            "dev.ficus.notificationsservice", "Notifications", "notifications-service", "notifications", 8101);

    private static final List<String> EVENTS = List.of("com.example.shop.orders.OrderPlaced");

    @TempDir
    Path folder;

    @Test
    void aSpringBootThreeMonolithsServiceHasSpringBootThreesParentAndStarters() throws IOException {
        ShopPlan.copyWithBuild(folder, "pom.xml",
                """
                        <project xmlns="http://maven.apache.org/POM/4.0.0">
                          <modelVersion>4.0.0</modelVersion>
                          <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                            <version>3.2.9</version></parent>
                          <groupId>local.monolith</groupId><artifactId>shop</artifactId><version>0</version>
                          <dependencies>
                            <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-aop</artifactId></dependency>
                            <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId><version>3.2.9</version></dependency>
                          </dependencies>
                        </project>
                        """);
        Path out = folder.resolve("catalog-service");

        ExtractResult result = Extractor.extract(
                new ExtractRequest(folder.resolve("ficus-out/plan.json"), "catalog", out, Optional.empty(), false));

        String pom = Files.readString(out.resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>spring-boot-starter-parent</artifactId>\n    <version>3.5.7</version>")
            // the monolith's own starters, their versions left to the service's Spring
            // Boot 3
            .contains("<artifactId>spring-boot-starter-aop</artifactId></dependency>")
            .contains("<artifactId>spring-boot-starter-web</artifactId></dependency>")
            .contains("<groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId>")
            .doesNotContain("spring-boot-starter-webmvc", "spring-boot-starter-flyway",
                    "spring-boot-starter-restclient", "spring-boot-starter-aspectj", "3.2.9");
        assertThat(Files.readString(out.resolve("src/test/java/dev/ficus/catalogservice/CatalogContractTests.java")))
            .contains("import com.fasterxml.jackson.databind.node.TextNode;", "return TextNode.valueOf(body);")
            .doesNotContain("tools.jackson");
        assertThat(result.needsYou()).noneMatch(line -> line.contains("Spring Boot"));
        assertThat(Files.readString(out.resolve("README.md"))).contains("Spring Boot 3.5.7");
    }

    @Test
    void theEventCodeReadsAndWritesWithJacksonTwosObjectMapperOnSpringBootThree() {
        String consumer = EventSources.consumer(NOTIFICATIONS, EVENTS, BootLine.THREE);
        String inbox = EventSources.inbox(NOTIFICATIONS, "com.example.shop.adapters", EVENTS, BootLine.THREE);
        String forwarding = EventSources.forwarding(NOTIFICATIONS, "com.example.shop.adapters", EVENTS,
                event -> Optional.empty(), BootLine.THREE);

        for (String source : List.of(consumer, inbox)) {
            assertThat(source)
                .contains("import com.fasterxml.jackson.databind.ObjectMapper;", "import java.io.IOException;",
                        "private final ObjectMapper json;", "catch (IOException ex) {")
                .doesNotContain("tools.jackson", "JsonMapper");
        }
        assertThat(forwarding)
            .contains("import com.fasterxml.jackson.core.JacksonException;",
                    "import com.fasterxml.jackson.databind.ObjectMapper;", "ObjectMapper json, Environment environment")
            .doesNotContain("tools.jackson");
    }

    @Test
    void theEventCodeKeepsJacksonThreesJsonMapperOnSpringBootFour() {
        String consumer = EventSources.consumer(NOTIFICATIONS, EVENTS, BootLine.FOUR);

        assertThat(consumer)
            .contains("import tools.jackson.databind.json.JsonMapper;", "import tools.jackson.core.JacksonException;",
                    "private final JsonMapper json;", "catch (JacksonException ex) {")
            .doesNotContain("com.fasterxml", "IOException");
    }

}
