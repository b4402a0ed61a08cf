package dev.ficus.analyzer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationSettingsUnitTests {

    private final ApplicationSettings settings = new ApplicationSettings(List.of("application.yml"),
            Map.of("api.prefix", "/api/${api.version}", "api.version", "v2", "price", "$5\\x"));

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    @Test
    void fillsInKnownSettingsAndDefaultsAndLeavesTheRestAsWritten() {
        assertThat(settings.resolve("${api.prefix}/orders")).isEqualTo("/api/v2/orders");
        assertThat(settings.resolve("/x/${missing:fallback}/${api.version}")).isEqualTo("/x/fallback/v2");
        assertThat(settings.resolve("/x/${missing}")).isEqualTo("/x/${missing}");
        assertThat(settings.resolve("/x/${missing:${api.version}}")).isEqualTo("/x/v2");
        assertThat(settings.resolve("/x/${api.version:${missing}}")).isEqualTo("/x/v2");
        assertThat(settings.resolve("/x/${missing:http://host:8080}")).isEqualTo("/x/http://host:8080");
        assertThat(settings.resolve("/costs/${price}")).isEqualTo("/costs/$5\\x");
        assertThat(settings.resolve("/escaped/\\${api.version}")).isEqualTo("/escaped/${api.version}");
        assertThat(settings.resolve("/plain")).isEqualTo("/plain");
    }

    @Test
    void leavesACircularOrExplodingReferenceAsWritten() {
        ApplicationSettings looping = new ApplicationSettings(List.of(), Map.of("a", "${a}/x"));
        ApplicationSettings exploding = new ApplicationSettings(List.of(),
                Map.of("l0", "x".repeat(100), "l1", "${l0}".repeat(10), "l2", "${l1}".repeat(10)));

        assertThat(looping.resolve("/${a}")).isEqualTo("/${a}");
        assertThat(exploding.resolve("/${l2}")).isEqualTo("/${l2}");
        assertThat(exploding.resolve("/${l1}")).hasSize(1001);
    }

    @Test
    void keepsOnlyWhatEveryApplicationOfTheBuildAgreesOn() throws IOException {
        write("a-app/src/main/resources/application.yml", "api:\n  base: /alpha\nsse:\n  path: /sse\n");
        write("b-app/src/main/resources/application.properties", "api.base=/beta\nsse.path=/sse\n");
        write("c-app/src/main/resources/application.properties", "bad=\\u12\n");

        assertThat(ApplicationSettings.agreed(root).values()).containsExactly(entry("sse.path", "/sse"));
        assertThatThrownBy(() -> ApplicationSettings.of(root.resolve("c-app")))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("cannot read the monolith's settings ");
    }

    @Test
    void readsNoSettingsFileThatLinksOutOfTheFolder() throws IOException {
        Path secret = elsewhere.resolve("secret.properties");
        Files.writeString(secret, "secret.key=TOPSECRET\n");
        Files.createDirectories(root.resolve("src/main/resources"));
        Files.createSymbolicLink(root.resolve("src/main/resources/application.properties"), secret);

        assertThat(ApplicationSettings.of(root).values()).isEmpty();
        assertThat(ApplicationSettings.agreed(root).values()).isEmpty();
    }

    @Test
    void leavesOutADocumentThatNamesItsProfilesAsAList() throws IOException {
        write("src/main/resources/application.yml", """
                api:
                  base: /v1
                ---
                spring:
                  config:
                    activate:
                      on-profile: [dev, test]
                api:
                  base: /dev
                """);

        assertThat(ApplicationSettings.of(root).values()).containsExactly(entry("api.base", "/v1"));
    }

    @Test
    void mergesTheFilesOfTheApplicationAsSpringBootDoes() throws IOException {
        write("src/main/resources/application.yml", "a: yml\nb: yml\nc: yml\nd: yml\n");
        write("src/main/resources/application.properties", "b=properties\nc=properties\n");
        write("src/main/resources/config/application.yml", "c: config\n");
        write("other/src/main/resources/application.properties", "d=other module\n");

        ApplicationSettings merged = ApplicationSettings.of(root);

        assertThat(merged.values()).containsOnly(entry("a", "yml"), entry("b", "properties"), entry("c", "config"),
                entry("d", "yml"));
        assertThat(merged.files()).containsExactly("src/main/resources/application.yml",
                "src/main/resources/application.properties", "src/main/resources/config/application.yml");
    }

    @Test
    void readsTheFilesItImportsFromTheClasspathOverTheDocumentImportingThem() throws IOException {
        write("src/main/resources/application.yml", """
                a: application
                b: application
                spring:
                  config:
                    import:
                      - optional:classpath:/config/db.yml
                      - classpath:mail.env[.properties]
                      - optional:file:.env[.properties]
                      - optional:nacos:shop.yml
                      - classpath:absent.yml
                ---
                b: after the import
                """);
        write("src/main/resources/config/db.yml", """
                a: db
                c: db
                spring.config.import: classpath:application.yml, classpath:profile.yml
                """);
        write("src/main/resources/mail.env", "c=mail\n");
        write("src/main/resources/profile.yml", "spring.profiles.active: qa\n");
        write("src/main/resources/application-qa.properties", "d=qa\n");
        write(".env", "a=outside the classpath\n");

        ApplicationSettings merged = ApplicationSettings.of(root);

        assertThat(merged.values()).contains(entry("a", "db"), entry("b", "after the import"), entry("c", "mail"),
                entry("d", "qa"));
        assertThat(merged.files()).containsExactly("src/main/resources/application.yml",
                "src/main/resources/config/db.yml", "src/main/resources/profile.yml", "src/main/resources/mail.env",
                "src/main/resources/application-qa.properties");
    }

    @Test
    void readsEachFileOnceWhereItIsFirstReadAsSpringBootDoes() throws IOException {
        write("src/main/resources/application.properties", "spring.config.import=classpath:application.yml\nx=props\n");
        write("src/main/resources/application.yml",
                "x: yml\nspring.profiles.active: dev\nspring.config.import: db.yml\n");
        write("src/main/resources/application-dev.yml", "url: dev\nspring.config.import: classpath:db.yml\n");
        write("src/main/resources/db.yml", "url: db\n");
        for (int i = 0; i < 12; i++) {
            StringBuilder imports = new StringBuilder("spring.config.import=");
            for (int j = 0; j < 12; j++) {
                imports.append("classpath:all-").append(j).append(".properties,");
            }
            write("src/main/resources/all-" + i + ".properties", imports + "\nall" + i + "=" + i + "\n");
        }
        write("src/main/resources/config/application.properties", "spring.config.import=classpath:all-0.properties\n");

        ApplicationSettings merged = ApplicationSettings.of(root);

        assertThat(merged.values()).contains(entry("x", "props"), entry("url", "dev"), entry("all11", "11"));
        assertThat(merged.files()).doesNotHaveDuplicates().hasSize(17);
    }

    @Test
    void readsNoImportOfADocumentForSomeProfile() throws IOException {
        write("src/main/resources/application.yml", """
                url: base
                ---
                spring.config.activate.on-profile: prod
                spring.config.import: classpath:prod-db.yml
                """);
        write("src/main/resources/prod-db.yml", "url: prod\nspring.profiles.active: qa\n");
        write("src/main/resources/application-qa.yml", "marker: qa\n");

        ApplicationSettings merged = ApplicationSettings.of(root);

        assertThat(merged.values()).containsOnly(entry("url", "base"));
        assertThat(merged.files()).containsExactly("src/main/resources/application.yml");
    }

    @Test
    void readsNoImportOutsideTheResourcesFolder() throws IOException {
        write("src/main/resources/application.properties",
                "spring.config.import=classpath:../../../secret.properties,classpath:${where}.yml\n");
        write("secret.properties", "secret.key=TOPSECRET\n");

        assertThat(ApplicationSettings.of(root).values()).doesNotContainKey("secret.key");
    }

    @Test
    void addsTheProfilesTheSettingsMakeActive() throws IOException {
        write("src/main/resources/config/application.yml", """
                spring:
                  profiles:
                    active: ${PROFILE:dev}
                server:
                  port: 8000
                ---
                spring.config.activate.on-profile: dev, test
                api.base: /dev-document
                ---
                spring.config.activate.on-profile: prod
                api.base: /prod
                """);
        write("src/main/resources/config/application-dev.yml", "server:\n  port: 8001\n");
        write("src/main/resources/config/application-prod.yml", "server:\n  port: 9000\n");

        ApplicationSettings merged = ApplicationSettings.of(root);

        assertThat(merged.values()).contains(entry("server.port", "8001"), entry("api.base", "/dev-document"));
        assertThat(merged.files()).containsExactly("src/main/resources/config/application.yml",
                "src/main/resources/config/application-dev.yml");
    }

    @Test
    void makesNoProfileActiveThatMavenFillsIn() throws IOException {
        write("src/main/resources/application.yml", "spring:\n  profiles:\n    active: '@profiles.active@'\n");
        write("src/main/resources/application-@profiles.active@.yml", "server:\n  port: 1\n");

        assertThat(ApplicationSettings.of(root).files()).containsExactly("src/main/resources/application.yml");
    }

    @Test
    void appliesIncludedProfilesOfEveryFileBeforeTheActiveOnes() throws IOException {
        write("src/main/resources/application.yml", "spring.profiles.include: common\n");
        write("src/main/resources/application.properties", "spring.profiles.include=db\nspring.profiles.active=dev\n");
        write("src/main/resources/application-common.yml", "server.port: 7000\n");
        write("src/main/resources/application-db.yml", "spring.datasource.username: shop\n");
        write("src/main/resources/application-dev.yml", "server.port: 8001\n");

        ApplicationSettings merged = ApplicationSettings.of(root);

        assertThat(merged.values()).contains(entry("server.port", "8001"), entry("spring.datasource.username", "shop"));
        assertThat(merged.files()).containsExactly("src/main/resources/application.yml",
                "src/main/resources/application.properties", "src/main/resources/application-common.yml",
                "src/main/resources/application-db.yml", "src/main/resources/application-dev.yml");
    }

    @Test
    void appliesTheDefaultProfileWhenNoneIsActiveAndDocumentsForProfilesNotActive() throws IOException {
        write("src/main/resources/application.yml", """
                api.base: /v1
                ---
                spring.config.activate.on-profile: "!prod"
                api.base: /not-prod
                """);
        write("src/main/resources/application-default.yml", "server.port: 8002\n");

        assertThat(ApplicationSettings.of(root).values()).contains(entry("api.base", "/not-prod"),
                entry("server.port", "8002"));
    }

    @Test
    void addsTheMembersOfAnActiveProfilesGroup() throws IOException {
        write("src/main/resources/application.properties",
                "spring.profiles.active=prod\nspring.profiles.group.prod=proddb,prodmq\n");
        write("src/main/resources/application-proddb.properties", "spring.datasource.username=prod\n");

        assertThat(ApplicationSettings.of(root).values()).containsEntry("spring.datasource.username", "prod");
    }

    @Test
    void replacesAWholeListThatALaterFileGives() throws IOException {
        write("src/main/resources/application.yml", "spring.web.resources.static-locations: [/a/, /b/]\n");
        write("src/main/resources/application.properties", "spring.web.resources.static-locations[0]=/p/\n");

        assertThat(ApplicationSettings.of(root).values())
            .containsOnly(entry("spring.web.resources.static-locations[0]", "/p/"));
    }

    @Test
    void saysInOneLineThatASettingsFileIsNotUtf8() throws IOException {
        Path file = root.resolve("src/main/resources/application.yml");
        Files.createDirectories(file.getParent());
        Files.write(file, "# caf\u00e9\nserver.port: 1\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ApplicationSettings.of(root)).isInstanceOf(InvalidInputException.class)
            .hasMessage("cannot read the monolith's settings " + file + ": not UTF-8 text");
    }

    @Test
    void expandsAliasesAndMergeKeysAndKeepsDatesAsWritten() throws IOException {
        write("src/main/resources/application.yml", """
                base: &base
                  time-zone: GMT+8
                  date-format: yyyy-MM-dd
                spring:
                  jackson:
                    <<: *base
                    locale: zh_CN
                zone: *base
                released: 2024-05-01
                """);

        assertThat(ApplicationSettings.of(root).values())
            .contains(entry("spring.jackson.time-zone", "GMT+8"), entry("spring.jackson.date-format", "yyyy-MM-dd"),
                    entry("spring.jackson.locale", "zh_CN"), entry("zone.time-zone", "GMT+8"),
                    entry("released", "2024-05-01"))
            .doesNotContainKey("spring.jackson.<<");
    }

    @Test
    void mergesMapKeysInBracketsAndLetsAnEmptyValueReplaceOne() throws IOException {
        write("src/main/resources/application.properties", """
                spring.jpa.properties[hibernate.jdbc.batch_size]=50
                spring.profiles.active=prod
                """);
        write("src/main/resources/application.yml",
                "spring.web.resources.static-locations: [/a/]\nspring.mvc.servlet.path: /app\n");
        write("src/main/resources/application-prod.properties", "spring.jpa.properties[hibernate.format_sql]=true\n");
        write("src/main/resources/application-prod.yml",
                "spring.web.resources.static-locations: []\nspring.mvc.servlet.path:\n");

        assertThat(ApplicationSettings.of(root).values())
            .contains(entry("spring.jpa.properties[hibernate.jdbc.batch_size]", "50"),
                    entry("spring.jpa.properties[hibernate.format_sql]", "true"),
                    entry("spring.web.resources.static-locations", ""), entry("spring.mvc.servlet.path", ""))
            .doesNotContainKey("spring.web.resources.static-locations[0]");
    }

    @Test
    void choosesTheProfilesFromTheDocumentsThatNameNone() throws IOException {
        write("src/main/resources/application.yml", """
                spring.profiles.active: ${env.profile:dev}
                x: base
                ---
                spring.config.activate.on-profile: "!dev"
                env.profile: prod
                x: not-dev
                """);

        assertThat(ApplicationSettings.of(root).values()).contains(entry("x", "base"));
    }

    @Test
    void refusesInOneLineWhatSpringBootCannotReadEither() throws IOException {
        StringBuilder bomb = new StringBuilder("l0: &l0 [x, x]\n");
        for (int i = 1; i < 25; i++) {
            bomb.append("l")
                .append(i)
                .append(": &l")
                .append(i)
                .append(" [*l")
                .append(i - 1)
                .append(", *l")
                .append(i - 1)
                .append("]\n");
        }
        Map<String, String> unreadable = Map.of("a: &x [*x]\n", "nested deeper than 64 levels", "port: !!int x\n",
                "For input string", "a: !!map [x]\n", "", "a: 1\na: 2\n", "found duplicate key a", bomb.toString(),
                "more than 100000 settings");
        for (Map.Entry<String, String> yaml : unreadable.entrySet()) {
            write("src/main/resources/application.yml", yaml.getKey());

            assertThatThrownBy(() -> ApplicationSettings.of(root)).as(yaml.getKey())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("cannot read the monolith's settings ")
                .hasMessageContaining(yaml.getValue())
                .hasMessageNotContaining("\n");
            assertThat(ApplicationSettings.agreed(root).values()).isEmpty();
        }
    }

    private void write(String file, String content) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

}
