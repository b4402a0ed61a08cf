package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ficus.analyzer.source.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonolithSettingsUnitTests {

    @TempDir
    Path monolith;

    /** What the generated project's own application.properties starts with. */
    private static final String SERVICE = """
            spring.application.name=reviews-service
            server.port=8081
            spring.jpa.open-in-view=false
            ficus.data-dir=./data
            """;

    @Test
    void carriesAllButWhereTheMonolithRuns() throws IOException {
        write("application.properties",
                """
                        database=h2
                        spring.sql.init.schema-locations=classpath*:db/${database}/schema.sql
                        spring.thymeleaf.mode=HTML
                        spring.jpa.hibernate.ddl-auto=none
                        spring.jpa.hibernate.naming.physical-strategy=org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl
                        spring.jpa.properties.hibernate.default_batch_fetch_size=16
                        spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.MySQLDialect
                        spring.messages.basename=messages/messages
                        spring.profiles.active=dev
                        spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration
                        server.port=9966
                        server.servlet.context-path=/shop
                        management.endpoints.web.exposure.include=*
                        mybatis-plus.mapperPackage=org.dromara.**.mapper
                        logging.level.org.dromara=info
                        ficus.trust.caller=shop
                        ficus.shop.payments.latency=20ms
                        """);

        MonolithSettings settings = MonolithSettings.of(monolith);

        assertThat(settings.besides(SERVICE)).containsExactly(entry("database", "h2"),
                entry("ficus.shop.payments.latency", "20ms"), entry("logging.level.org.dromara", "info"),
                entry("mybatis-plus.mapperPackage", "org.dromara.**.mapper"),
                entry("spring.jpa.hibernate.naming.physical-strategy",
                        "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"),
                entry("spring.jpa.properties.hibernate.default_batch_fetch_size", "16"),
                entry("spring.messages.basename", "messages/messages"), entry("spring.thymeleaf.mode", "HTML"));
        assertThat(settings.appendedTo(SERVICE))
            .startsWith(SERVICE + "\n# From the monolith's "
                    + "src/main/resources/application.properties: all but where it runs")
            .endsWith("spring.messages.basename=messages/messages\nspring.thymeleaf.mode=HTML\n");
    }

    @Test
    void theServicesOwnSettingsWinAndPlaceholdersMustNameASettingItHas() throws IOException {
        write("application.yml", """
                spring:
                  jpa:
                    open-in-view: true
                sa-token:
                  token-name: ${spring.application.name}-token
                  jwt-secret-key: ${JWT_SECRET}
                app:
                  home: ${server.port}
                  first: ${app.second}
                  second: ${app.third}
                  third: ${REDIS_HOST}
                  bundles: ${app.base}/messages
                  base: i18n
                """);

        assertThat(MonolithSettings.of(monolith).besides(SERVICE)).containsExactly(entry("app.base", "i18n"),
                entry("app.bundles", "${app.base}/messages"), entry("app.home", "${server.port}"),
                entry("sa-token.token-name", "${spring.application.name}-token"));
    }

    @Test
    void readsPlaceholdersAsSpringDoesWithNestedDefaultsEscapesAndWhatEveryApplicationHas() throws IOException {
        write("application.yml", """
                app:
                  nested: ${a.missing:${b.missing}}
                  nested-default: ${a.missing:${b.missing:x}}
                  nested-known: ${a.missing:${app.base}}
                  base: i18n
                  tmp: ${java.io.tmpdir}/up
                  id: ${random.uuid}
                  escaped: \\${not.a.setting}
                """);

        assertThat(MonolithSettings.of(monolith).besides(SERVICE)).containsOnlyKeys("app.base", "app.escaped", "app.id",
                "app.nested-default", "app.nested-known", "app.tmp");
    }

    @Test
    void comparesKeysAsSpringBootBindsThem() throws IOException {
        write("application.properties", """
                server.servlet.contextPath=/admin
                spring.jpa.hibernate.ddlAuto=update
                spring.jpa.open_in_view=true
                Spring.Application.Name=shop
                server.portal.title=Shop
                """);

        assertThat(MonolithSettings.of(monolith).besides(SERVICE)).containsOnlyKeys("server.portal.title");
    }

    @Test
    void writesTheValuesAsPropertiesTextThatReadsBackTheSame() throws IOException {
        write("application.yml", """
                captcha:
                  title: "验证码"
                  pattern: '\\d{4}#!'
                  " padded key": "  leading spaces"
                """);

        String written = MonolithSettings.of(monolith).appendedTo(SERVICE);
        Properties read = new Properties();
        read.load(new StringReader(written));

        assertThat(written).isASCII().contains("captcha.title=\\u9A8C\\u8BC1\\u7801");
        assertThat(read).containsEntry("captcha.title", "验证码")
            .containsEntry("captcha.pattern", "\\d{4}#!")
            .containsEntry("captcha. padded key", "  leading spaces")
            .containsEntry("server.port", "8081");
    }

    @Test
    void tellsWhichSecretsTheServicesSettingsNowHold() throws IOException {
        write("application.yml", """
                spring:
                  mail:
                    password: mail-pass
                    host: smtp.example.org
                  datasource:
                    password: db-pass
                sa-token:
                  jwt-secret-key: abc
                  token-name: Authorization
                payments:
                  api-key: k-123
                jwt:
                  secret:
                    key: s3cr3t
                  signing-key: abc
                app2:
                  pwd: hunter2
                  store: redis://:pw@prod:6379
                  docs: https://example.org/a:b
                """);

        assertThat(MonolithSettings.of(monolith).notes(SERVICE)).containsExactly("`application.properties` holds the "
                + "monolith's app2.pwd, app2.store, jwt.secret.key, jwt.signing-key, payments.api-key,"
                + " sa-token.jwt-secret-key, spring.mail.password as its settings files"
                + " have them: give them from the environment before the project is shared");
        assertThat(MonolithSettings.of(monolith.resolve("elsewhere")).notes(SERVICE)).isEmpty();
    }

    @Test
    void flattensTheDefaultDocumentOfAYamlFileAndLeavesOutValuesNamingOtherSettings() throws IOException {
        write("application.yml", """
                spring:
                  mvc:
                    problemdetails:
                      enabled: true
                  jackson:
                    serialization:
                      indent-output: true
                  messages:
                    basename: ${app.bundles}
                    encoding: ${app.encoding:UTF-8}
                  web:
                    locale-resolver: fixed
                    resources:
                      static-locations:
                        - classpath:/public/
                        - classpath:/assets/
                  datasource:
                    url: jdbc:h2:mem:shop
                ---
                spring:
                  config:
                    activate:
                      on-profile: other
                  thymeleaf:
                    cache: false
                """);

        assertThat(MonolithSettings.of(monolith).besides(SERVICE)).containsExactly(
                entry("spring.jackson.serialization.indent-output", "true"),
                entry("spring.messages.encoding", "${app.encoding:UTF-8}"),
                entry("spring.mvc.problemdetails.enabled", "true"), entry("spring.web.locale-resolver", "fixed"),
                entry("spring.web.resources.static-locations[0]", "classpath:/public/"),
                entry("spring.web.resources.static-locations[1]", "classpath:/assets/"));
    }

    @Test
    void mergesTheYamlDocumentsThatNameNoProfileInTheirOrder() throws IOException {
        write("application.yml", """
                spring:
                  jackson:
                    time-zone: UTC
                --- # messages
                spring:
                  messages:
                    basename: i18n/messages
                  jackson:
                    time-zone: GMT+8
                ---
                spring:
                  profiles: legacy
                  thymeleaf:
                    cache: false
                ---
                spring:
                  config:
                    activate:
                      on-cloud-platform: kubernetes
                  web:
                    locale: de
                """);

        assertThat(MonolithSettings.of(monolith).besides(SERVICE)).containsExactly(
                entry("spring.jackson.time-zone", "GMT+8"), entry("spring.messages.basename", "i18n/messages"));
    }

    @Test
    void mergesThePropertiesDocumentsThatNameNoProfile() throws IOException {
        write("application.properties", """
                spring.jackson.time-zone=UTC
                #---
                spring.config.activate.on-profile=dev
                spring.thymeleaf.cache=false
                #---
                spring.messages.basename=i18n/messages
                """);

        assertThat(MonolithSettings.of(monolith).besides(SERVICE)).containsExactly(
                entry("spring.jackson.time-zone", "UTC"), entry("spring.messages.basename", "i18n/messages"));
    }

    @Test
    void readsAYamlFileWithValuesMavenFiltersAndLeavesThemOut() throws IOException {
        // dromara/RuoYi-Vue-Plus: ruoyi-admin/src/main/resources/application.yml
        write("application.yml", """
                spring:
                  application:
                    name: @project.artifactId@
                  messages:
                    basename: i18n/messages # the bundles
                  jackson:
                    date-format: @date.format@
                  profiles:
                    active: @profiles.active@
                logging:
                  level:
                    org.dromara: @logging.level@
                """);

        assertThat(MonolithSettings.of(monolith).besides(SERVICE))
            .containsExactly(entry("spring.messages.basename", "i18n/messages"));
    }

    @Test
    void readsTheSettingsOfTheProfileMavensDefaultProfileFillsIn() throws IOException {
        // dromara/RuoYi-Vue-Plus: the root pom's profile dev, active by default, sets
        // profiles.active, and the
        // application module filters its application* files
        pom("pom.xml",
                """
                        <project><groupId>org.dromara</groupId><artifactId>ruoyi-vue-plus</artifactId><version>5.2.2</version>
                          <packaging>pom</packaging>
                          <properties><messages>i18n/x</messages></properties>
                          <profiles>
                            <profile><id>local</id><properties><profiles.active>local</profiles.active></properties></profile>
                            <profile><id>dev</id>
                              <properties><profiles.active>dev</profiles.active><messages>i18n/messages</messages></properties>
                              <activation><activeByDefault>true</activeByDefault></activation></profile>
                          </profiles>
                          <build><resources>
                            <resource><directory>src/main/resources</directory><filtering>false</filtering></resource>
                            <resource><directory>src/main/resources</directory><includes><include>application*</include></includes>
                              <filtering>true</filtering></resource>
                          </resources></build>
                        </project>
                        """);
        pom("ruoyi-admin/pom.xml", """
                <project><parent><groupId>org.dromara</groupId><artifactId>ruoyi-vue-plus</artifactId>
                  <version>5.2.2</version></parent><artifactId>ruoyi-admin</artifactId></project>
                """);
        Path resources = Files.createDirectories(monolith.resolve("ruoyi-admin/src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), """
                spring:
                  application:
                    name: @project.artifactId@
                  profiles:
                    active: @profiles.active@
                  jackson:
                    date-format: @date.format@
                  messages:
                    basename: @messages@
                """);
        Files.writeString(resources.resolve("application-dev.yml"),
                "spring:\n  datasource:\n    dynamic:\n      datasource:\n        master:\n          username: ruoyi\n");
        Files.writeString(resources.resolve("application-local.yml"), "spring:\n  datasource:\n    username: local\n");

        MonolithSettings settings = MonolithSettings.of(monolith);

        assertThat(settings.files()).containsExactly("ruoyi-admin/src/main/resources/application.yml",
                "ruoyi-admin/src/main/resources/application-dev.yml");
        assertThat(settings.databaseUser()).hasValue("ruoyi");
        assertThat(settings.besides(SERVICE)).as("a profile's property over the project's; no property, no value")
            .containsExactly(entry("spring.messages.basename", "i18n/messages"));
    }

    @Test
    void fillsInWhatSpringBootsStarterParentFiltersAndNothingWithoutFiltering() throws IOException {
        write("application.properties", "spring.messages.basename=@shop.messages@\nspring.profiles.active=@profile@\n");
        write("application-qa.properties", "spring.datasource.username=qa\n");
        String properties = "<properties><shop.messages>i18n/shop</shop.messages><profile>qa</profile></properties>";
        pom("pom.xml",
                "<project><parent><groupId>org.springframework.boot</groupId>"
                        + "<artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version></parent>"
                        + "<artifactId>shop</artifactId>" + properties + "</project>");

        MonolithSettings filtered = MonolithSettings.of(monolith);

        pom("pom.xml", "<project><groupId>x</groupId><artifactId>shop</artifactId><version>1</version>" + properties
                + "</project>");
        MonolithSettings unfiltered = MonolithSettings.of(monolith);

        assertThat(filtered.besides(SERVICE)).containsExactly(entry("spring.messages.basename", "i18n/shop"));
        assertThat(filtered.databaseUser()).hasValue("qa");
        assertThat(unfiltered.besides(SERVICE)).isEmpty();
        assertThat(unfiltered.databaseUser()).isEmpty();
    }

    @Test
    void leavesAsWrittenWhatMavenCannotFillIn() throws IOException {
        write("application.properties", "spring.datasource.username=@user@\nspring.messages.basename=@bomb@\n");
        pom("pom.xml",
                "<project><parent><groupId>org.springframework.boot</groupId>"
                        + "<artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version></parent>"
                        + "<artifactId>shop</artifactId><properties><user>${env.DB_USER}</user><bomb>"
                        + "${bomb}".repeat(10) + "</bomb></properties></project>");

        MonolithSettings settings = MonolithSettings.of(monolith);

        assertThat(settings.migrateDataUser()).isEqualTo(" --from-user MONOLITH_DB_USER");
        assertThat(settings.besides(SERVICE)).isEmpty();
    }

    @Test
    void fillsInOnlyTheFilesTheResourcesOfTheNearestPomFilter() throws IOException {
        write("application.properties", "spring.profiles.active=@p@\nspring.messages.basename=${messages}\n");
        write("application-qa.properties", "spring.datasource.username=qa\n");
        String starter = "<parent><groupId>org.springframework.boot</groupId>"
                + "<artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version></parent>";
        String properties = "<properties><p>qa</p><messages>i18n/shop</messages></properties>";
        String resources = "<build><resources><resource><directory>${project.basedir}/src/main/resources</directory>"
                + "%s</resource></resources></build>";

        pom("pom.xml", "<project>" + starter + "<artifactId>shop</artifactId>" + properties + resources.formatted("")
                + "</project>");
        MonolithSettings unfiltered = MonolithSettings.of(monolith);
        pom("pom.xml",
                "<project>" + starter + "<artifactId>shop</artifactId>" + properties
                        + resources
                            .formatted("<filtering>true</filtering><includes><include>**/*.xml</include></includes>")
                        + "</project>");
        MonolithSettings xmlOnly = MonolithSettings.of(monolith);
        pom("pom.xml", "<project><groupId>g</groupId><artifactId>shop</artifactId><version>1</version>" + properties
                + resources.formatted("<filtering>true</filtering>") + "</project>");
        MonolithSettings filteredWithoutStarter = MonolithSettings.of(monolith);
        pom("pom.xml", "<project>" + starter + "<artifactId>shop</artifactId>" + properties
                + resources.formatted("<filtering>true</filtering>") + "</project>");
        MonolithSettings filteredWithStarter = MonolithSettings.of(monolith);

        assertThat(unfiltered.databaseUser()).isEmpty();
        assertThat(xmlOnly.databaseUser()).isEmpty();
        assertThat(filteredWithoutStarter.databaseUser()).hasValue("qa");
        assertThat(filteredWithoutStarter.besides(SERVICE))
            .containsExactly(entry("spring.messages.basename", "i18n/shop"));
        assertThat(filteredWithStarter.databaseUser()).hasValue("qa");
        assertThat(filteredWithStarter.besides(SERVICE)).as("the starter parent filters @…@ only").isEmpty();
    }

    @Test
    void takesTheProfileTheBuildsMavenConfigActivates() throws IOException {
        write("application.properties", "spring.profiles.active=@p@\n");
        write("application-prod.properties", "spring.datasource.username=prod\n");
        write("application-dev.properties", "spring.datasource.username=dev\n");
        pom("pom.xml", """
                <project><parent><groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version></parent>
                  <artifactId>shop</artifactId>
                  <profiles>
                    <profile><id>dev</id><activation><activeByDefault>true</activeByDefault></activation>
                      <properties><p>dev</p></properties></profile>
                    <profile><id>prod</id><properties><p>prod</p></properties></profile>
                  </profiles>
                </project>
                """);
        String byDefault = MonolithSettings.of(monolith).databaseUser().orElseThrow();
        pom(".mvn/maven.config", "-B -Pprod\n");

        assertThat(byDefault).isEqualTo("dev");
        assertThat(MonolithSettings.of(monolith).databaseUser()).hasValue("prod");
    }

    @Test
    void readsNoPomThatLinksOutOfTheMonolith(@TempDir Path elsewhere) throws IOException {
        write("application.properties", "spring.messages.basename=@secret@\n");
        Path outside = Files.writeString(elsewhere.resolve("pom.xml"),
                "<project><parent><groupId>org.springframework.boot</groupId>"
                        + "<artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version></parent>"
                        + "<artifactId>x</artifactId><properties><secret>TOPSECRET</secret></properties></project>");
        Files.createSymbolicLink(monolith.resolve("pom.xml"), outside);

        assertThat(MonolithSettings.of(monolith).besides(SERVICE)).isEmpty();
    }

    @Test
    void saysWhichSettingsFileItCannotRead() throws IOException {
        write("application.yml", "spring:\n  messages: [unclosed\n");

        assertThatThrownBy(() -> MonolithSettings.of(monolith)).isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("cannot read the monolith's settings "
                    + monolith.resolve("src/main/resources/application.yml") + ": ")
            .hasMessageNotContaining("\n");
    }

    @Test
    void readsTheSettingsOfAMultiModuleMonolithFromItsApplicationModuleWithItsPort() throws IOException {
        // elunez/eladmin: eladmin-system/src/main/resources/config/application.yml
        Path config = Files.createDirectories(monolith.resolve("eladmin-system/src/main/resources/config"));
        Files.writeString(config.resolve("application.yml"),
                "server:\n  port: ${PORT:8000}\nspring:\n  jackson:\n    time-zone: GMT+8\n");
        Files.createDirectories(monolith.resolve("eladmin-common/src/test/resources"));
        Files.writeString(monolith.resolve("eladmin-common/src/test/resources/application.yml"),
                "server:\n  port: 1\n");

        MonolithSettings settings = MonolithSettings.of(monolith);

        assertThat(settings.files()).containsExactly("eladmin-system/src/main/resources/config/application.yml");
        assertThat(settings.besides(SERVICE)).containsExactly(entry("spring.jackson.time-zone", "GMT+8"));
        assertThat(settings.monolithUrl()).isEqualTo("http://localhost:8000");
    }

    @Test
    void reachesTheMonolithOnThePortAnotherOfItsSettingsGives() throws IOException {
        write("application.yml", "app:\n  port: 9090\nserver:\n  port: ${app.port}\n");

        assertThat(MonolithSettings.of(monolith).monolithUrl()).isEqualTo("http://localhost:9090");
    }

    @Test
    void reachesTheMonolithOnSpringBootsPortWhenItNamesNone() throws IOException {
        write("application.properties", "spring.messages.basename=messages\n");

        assertThat(MonolithSettings.of(monolith).monolithUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void readsTheMonolithsDatabaseAsTheUserItsSettingsName() throws IOException {
        write("application.properties", "spring.datasource.username=shop\n");

        assertThat(MonolithSettings.of(monolith).migrateDataUser()).isEqualTo(" --from-user shop");
    }

    @Test
    void readsTheUserOfTheConnectionPoolOrRoutingDataSourceConfiguredInstead() throws IOException {
        // elunez/eladmin (Druid), dromara/RuoYi-Vue-Plus (dynamic-datasource)
        write("application.yml", "spring:\n  datasource:\n    druid:\n      username: root\n");
        String druid = MonolithSettings.of(monolith).migrateDataUser();
        write("application.yml", """
                spring:
                  datasource:
                    dynamic:
                      primary: main
                      datasource:
                        main:
                          username: owner
                        reports:
                          username: reader
                """);

        assertThat(druid).isEqualTo(" --from-user root");
        assertThat(MonolithSettings.of(monolith).migrateDataUser()).isEqualTo(" --from-user owner");
    }

    @Test
    void leavesAUserNamedThroughAnotherSettingToTheReader() throws IOException {
        write("application.yml", "spring:\n  datasource:\n    username: ${DB_USER}\n");

        assertThat(MonolithSettings.of(monolith).migrateDataUser()).isEqualTo(" --from-user MONOLITH_DB_USER");
    }

    @Test
    void namesNoUserWhenTheSettingsNameNone() throws IOException {
        write("application.properties", "spring.messages.basename=messages/messages\n");

        assertThat(MonolithSettings.of(monolith).migrateDataUser()).isEmpty();
        assertThat(MonolithSettings.of(monolith.resolve("elsewhere")).migrateDataUser()).isEmpty();
    }

    @Test
    void givesTheServicesDatabaseToDynamicDataSourceWhenTheMonolithRoutesItsDatasourceThere() throws IOException {
        // dromara/RuoYi-Vue-Plus's service stopped: "can not find primary datasource"
        write("application.yml", """
                spring:
                  datasource:
                    dynamic:
                      primary: main
                      datasource:
                        main:
                          url: jdbc:mysql://db/ry
                """);
        Properties routed = new Properties();
        routed.load(new StringReader(MonolithSettings.of(monolith)
            .appendedTo(SERVICE + "spring.datasource.url=jdbc:h2:file:./data/demo\nspring.datasource.username=sa\n")));
        write("application.yml", "spring:\n  datasource:\n    url: jdbc:mysql://db/ry\n");

        assertThat(routed).containsEntry("spring.datasource.dynamic.primary", "master")
            .containsEntry("spring.datasource.dynamic.strict", "false")
            .containsEntry("spring.datasource.dynamic.datasource.master.url", "${spring.datasource.url}")
            .containsEntry("spring.datasource.dynamic.datasource.master.username", "${spring.datasource.username}")
            .doesNotContainKey("spring.datasource.dynamic.datasource.main.url");
        assertThat(MonolithSettings.of(monolith).appendedTo(SERVICE)).isEqualTo(SERVICE);
    }

    @Test
    void addsNothingForAMonolithWithoutSettings() {
        assertThat(MonolithSettings.of(monolith).appendedTo(SERVICE)).isEqualTo(SERVICE);
    }

    private static Map.Entry<String, String> entry(String key, String value) {
        return Map.entry(key, value);
    }

    private void pom(String path, String content) throws IOException {
        Path file = monolith.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void write(String name, String content) throws IOException {
        Path resources = Files.createDirectories(monolith.resolve("src/main/resources"));
        Files.writeString(resources.resolve(name), content);
    }

}
