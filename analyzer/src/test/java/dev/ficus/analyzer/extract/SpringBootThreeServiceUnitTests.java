package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
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
        assertThat(Files.readString(out.resolve("src/main/resources/application-rabbit.properties")))
            .contains("spring.rabbitmq.listener.simple.retry.max-attempts=4")
            .doesNotContain("max-retries");
        assertThat(Files.readString(out.resolve("monolith-adapters/README.md")))
            .contains("`spring-boot-starter-web` (it brings `RestClient`)")
            .doesNotContain("spring-boot-starter-restclient");
    }

    @Test
    void saysThatTheAdaptersNeedSpringBootThreeTwoInAMonolithOnAnOlderSpringBootThree() throws IOException {
        ShopPlan.copyWithBuild(folder, "pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                    <version>3.1.5</version></parent>
                  <groupId>local.monolith</groupId><artifactId>shop</artifactId><version>0</version>
                </project>
                """);
        Path out = folder.resolve("catalog-service");

        ExtractResult result = Extractor.extract(
                new ExtractRequest(folder.resolve("ficus-out/plan.json"), "catalog", out, Optional.empty(), false));

        assertThat(out.resolve("monolith-adapters")).isDirectory();
        assertThat(result.needsYou()).contains("the monolith is built on Spring Boot 3.1.5, and the adapters in"
                + " `monolith-adapters/` use Spring Framework 6.1's `RestClient` and `JdbcClient` (Spring Boot 3.2):"
                + " move the monolith to Spring Boot 3.2 or later before copying them in (the service itself runs on"
                + " Spring Boot 3.5.7).");
        assertThat(List.of("3.1.5", "3.0.0", "3.2.0", "3.5.7", "4.0.7", "2.7.18")
            .stream()
            .filter(version -> new SpringRelease(SpringRelease.BOOT, version).beforeFrameworkSixOne()))
            .containsExactly("3.1.5", "3.0.0");
        assertThat(List.of("6.0.23", "6.1.0", "5.3.31", "7.0.1")
            .stream()
            .filter(version -> new SpringRelease(SpringRelease.FRAMEWORK, version).beforeFrameworkSixOne()))
            .containsExactly("6.0.23");
    }

    @Test
    void takesTheLineFromTheMonolithsJarWhenItsPomNamesNoRelease() throws IOException {
        ShopPlan.copyWithBuild(folder, "pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>com.example</groupId><artifactId>company-parent</artifactId><version>7</version>
                    <relativePath/></parent>
                  <artifactId>shop</artifactId>
                </project>
                """);
        Path jar = folder.resolve("shop.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Spring-Boot-Version", "3.4.1");
        try (JarOutputStream zip = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            zip.putNextEntry(new ZipEntry("BOOT-INF/classes/com/example/shop/catalog/Product.class"));
            zip.closeEntry();
        }
        Path out = folder.resolve("catalog-service");

        Extractor.extract(
                new ExtractRequest(folder.resolve("ficus-out/plan.json"), "catalog", out, Optional.of(jar), false));

        assertThat(Files.readString(out.resolve("pom.xml")))
            .contains("<artifactId>spring-boot-starter-parent</artifactId>\n    <version>3.5.7</version>");
    }

    @Test
    void aSpringFrameworkSixMonolithGetsSpringBootThreeAndItsFrameworkVersions() throws IOException {
        ShopPlan.copyWithBuild(folder, "pom.xml",
                """
                        <project xmlns="http://maven.apache.org/POM/4.0.0">
                          <modelVersion>4.0.0</modelVersion>
                          <groupId>local.monolith</groupId><artifactId>shop</artifactId><version>0</version>
                          <dependencies>
                            <dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>6.1.14</version></dependency>
                          </dependencies>
                        </project>
                        """);
        Path out = folder.resolve("catalog-service");

        Extractor.extract(
                new ExtractRequest(folder.resolve("ficus-out/plan.json"), "catalog", out, Optional.empty(), false));

        assertThat(Files.readString(out.resolve("pom.xml")))
            .contains("<artifactId>spring-boot-starter-parent</artifactId>\n    <version>3.5.7</version>")
            .contains("<groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId></dependency>")
            .doesNotContain("6.1.14");
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
