package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.extract.MonolithBuild.Dependency;
import dev.ficus.analyzer.extract.MonolithBuild.Library;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * What {@code extract} reads of a monolith's Maven build of modules: which modules the
 * candidate's module needs, and the libraries and BOMs the service declares for them, as
 * Maven would give them.
 */
class MonolithBuildUnitTests {

    private static final String APP_SOURCES = "app/src/main/java";

    @TempDir
    Path monolith;

    @Test
    void resolvesInheritedVersionsWithTheModulesOwnProperties() throws IOException {
        root("""
                <properties><commons.version>3.12.0</commons.version><guava.version>31.0-jre</guava.version></properties>
                <modules><module>app</module></modules>
                <dependencies><dependency><groupId>org.apache.commons</groupId><artifactId>commons-lang3</artifactId>
                  <version>${commons.version}</version></dependency></dependencies>
                <dependencyManagement><dependencies><dependency><groupId>com.google.guava</groupId>
                  <artifactId>guava</artifactId><version>${guava.version}</version></dependency></dependencies>
                </dependencyManagement>
                """);
        module("app",
                """
                        <properties><commons.version>3.17.0</commons.version><guava.version>33.3.1-jre</guava.version></properties>
                        <dependencies><dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId></dependency>
                        </dependencies>
                        """);

        MonolithBuild build = MonolithBuild.read(monolith, List.of(APP_SOURCES));

        assertThat(build.dependencies()).extracting(Library::artifact)
            .containsExactly(new Dependency("com.google.guava", "guava", "33.3.1-jre"),
                    new Dependency("org.apache.commons", "commons-lang3", "3.17.0"));
    }

    @Test
    void takesThePropertiesOfAProfileActiveByDefaultOnlyWhenMavenWouldActivateIt() throws IOException {
        String profiles = """
                <properties><y.version>1.0</y.version></properties>
                <dependencies><dependency><groupId>g</groupId><artifactId>y</artifactId><version>${y.version}</version>
                </dependency></dependencies>
                <profiles><profile><id>old</id><activation><activeByDefault>true</activeByDefault></activation>
                  <properties><y.version>0.9</y.version></properties></profile>%s</profiles>
                """;
        root(profiles.formatted(""));
        Dependency byDefault = MonolithBuild.read(monolith, List.of("src/main/java")).dependencies().get(0).artifact();
        root(profiles.formatted("<profile><id>modern</id><activation><jdk>[11,)</jdk></activation></profile>"));
        Dependency withACondition = MonolithBuild.read(monolith, List.of("src/main/java"))
            .dependencies()
            .get(0)
            .artifact();

        assertThat(byDefault.version()).isEqualTo("0.9");
        assertThat(withACondition.version()).as("a profile activated by a condition drops those active by default")
            .isEqualTo("1.0");
    }

    @Test
    void keepsWhatMavenPassesOnToTheApplicationWithItsClassifierTypeAndExclusions() throws IOException {
        root("<modules><module>app</module><module>common</module></modules>");
        module("app",
                """
                        <dependencies>
                          <dependency><groupId>g</groupId><artifactId>common</artifactId><version>1.0</version></dependency>
                          <dependency><groupId>net.sf.json-lib</groupId><artifactId>json-lib</artifactId><version>2.4</version>
                            <classifier>jdk15</classifier></dependency>
                          <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId>
                            <exclusions><exclusion><groupId>org.springframework.boot</groupId>
                              <artifactId>spring-boot-starter-tomcat</artifactId></exclusion></exclusions></dependency>
                          <dependency><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><optional>true</optional>
                          </dependency>
                          <dependency><groupId>jakarta.servlet</groupId><artifactId>jakarta.servlet-api</artifactId>
                            <version>5.0.0</version><scope>provided</scope></dependency>
                          <dependency><groupId>com.oracle</groupId><artifactId>ojdbc-local</artifactId><version>1</version>
                            <scope>system</scope><systemPath>${project.basedir}/lib/ojdbc.jar</systemPath></dependency>
                          <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>42.7.4</version>
                            <scope>runtime</scope></dependency>
                        </dependencies>
                        <build><plugins><plugin><groupId>org.springframework.boot</groupId>
                          <artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>
                        """);
        module("common", """
                <dependencies><dependency><groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-data-redis</artifactId><optional>true</optional></dependency>
                </dependencies>
                """);

        MonolithBuild build = MonolithBuild.read(monolith, List.of(APP_SOURCES));

        assertThat(build.dependencies()).containsExactly(
                new Library(new Dependency("net.sf.json-lib", "json-lib", "2.4"), "jdk15", "jar", "compile", List.of()),
                new Library(new Dependency("org.springframework.boot", "spring-boot-starter-web", ""), "", "jar",
                        "compile",
                        List.of(new Dependency("org.springframework.boot", "spring-boot-starter-tomcat", ""))),
                new Library(new Dependency("org.projectlombok", "lombok", ""), "", "jar", "compile", List.of()),
                new Library(new Dependency("org.postgresql", "postgresql", "42.7.4"), "", "jar", "runtime", List.of()));
        assertThat(build.neededModules()).as("common, whose optional library the application does not get")
            .containsExactly(new Dependency("g", "common", "1.0"));
    }

    @Test
    void readsTheBuildsOwnBomAndImportsTheBomsItImports() throws IOException {
        root("""
                <modules><module>deps</module><module>app</module></modules>
                <dependencyManagement><dependencies><dependency><groupId>g</groupId><artifactId>deps</artifactId>
                  <version>${project.version}</version><type>pom</type><scope>import</scope></dependency>
                </dependencies></dependencyManagement>
                """);
        module("deps", """
                <packaging>pom</packaging>
                <properties><guava.version>33.3.1-jre</guava.version></properties>
                <dependencyManagement><dependencies>
                  <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId>
                    <version>${guava.version}</version></dependency>
                  <dependency><groupId>cn.hutool</groupId><artifactId>hutool-bom</artifactId><version>5.8.31</version>
                    <type>pom</type><scope>import</scope></dependency>
                </dependencies></dependencyManagement>
                """);
        module("app", """
                <dependencies><dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId></dependency>
                </dependencies>
                """);

        MonolithBuild build = MonolithBuild.read(monolith, List.of(APP_SOURCES));

        assertThat(build.dependencies()).extracting(Library::artifact)
            .containsExactly(new Dependency("com.google.guava", "guava", "33.3.1-jre"));
        assertThat(build.boms()).containsExactly(new Dependency("cn.hutool", "hutool-bom", "5.8.31"));
        assertThat(build.neededModules()).isEmpty();
    }

    @Test
    void findsModulesListedInAProfileAndWhatAPomModuleBrings() throws IOException {
        root("""
                <profiles><profile><id>all</id><activation><activeByDefault>true</activeByDefault></activation>
                  <modules><module>app</module><module>bundle</module><module>lib</module></modules>
                  <dependencies><dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>
                    <version>42.7.4</version></dependency></dependencies>
                </profile><profile><id>oracle</id>
                  <dependencies><dependency><groupId>com.oracle.database.jdbc</groupId><artifactId>ojdbc11</artifactId>
                    <version>23.5.0.24.07</version></dependency></dependencies>
                </profile></profiles>
                """);
        module("app", """
                <dependencies><dependency><groupId>g</groupId><artifactId>bundle</artifactId><version>1.0</version>
                  <type>pom</type></dependency></dependencies>
                """);
        module("bundle",
                """
                        <packaging>pom</packaging>
                        <dependencies><dependency><groupId>g</groupId><artifactId>lib</artifactId><version>1.0</version></dependency>
                          <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>33.3.1-jre</version>
                          </dependency></dependencies>
                        """);
        module("lib", "");

        MonolithBuild build = MonolithBuild.read(monolith, List.of(APP_SOURCES));

        assertThat(build.neededModules()).containsExactly(new Dependency("g", "lib", "1.0"));
        assertThat(build.dependencies()).extracting(Library::artifact)
            .containsExactlyInAnyOrder(new Dependency("org.postgresql", "postgresql", "42.7.4"),
                    new Dependency("com.google.guava", "guava", "33.3.1-jre"));
    }

    @Test
    void importsTheBomsOfAMonolithOfOneModule() throws IOException {
        pom(monolith, """
                <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                  <version>3.3.4</version><relativePath/></parent>
                <groupId>g</groupId><artifactId>mono</artifactId><version>1.0</version>
                <properties><spring-cloud.version>2023.0.3</spring-cloud.version></properties>
                <dependencyManagement><dependencies><dependency><groupId>org.springframework.cloud</groupId>
                  <artifactId>spring-cloud-dependencies</artifactId><version>${spring-cloud.version}</version>
                  <type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>
                <dependencies><dependency><groupId>org.springframework.cloud</groupId>
                  <artifactId>spring-cloud-starter-openfeign</artifactId></dependency></dependencies>
                """);

        MonolithBuild build = MonolithBuild.read(monolith, List.of("src/main/java"));

        assertThat(build.boms())
            .containsExactly(new Dependency("org.springframework.cloud", "spring-cloud-dependencies", "2023.0.3"));
        assertThat(build.modules()).isEmpty();
        assertThat(ServicePom.render(
                new ServiceNames("orders", "com.example.ordersservice", "Orders", "orders-service", "orders", 8085),
                build, "", List.of("com.example.orders")))
            .as("depending on the monolith's published artifact, without its libraries")
            .containsSubsequence("<dependencyManagement>",
                    "<artifactId>spring-boot-dependencies</artifactId><version>${project.parent.version}</version>",
                    "<artifactId>spring-cloud-dependencies</artifactId><version>2023.0.3</version><type>pom</type>"
                            + "<scope>import</scope>",
                    "</dependencyManagement>", "<artifactId>spring-cloud-starter-openfeign</artifactId>");
    }

    @Test
    void pinsTheVersionsTheBuildManagesOfWhatItsLibrariesBring(@TempDir Path project) throws IOException {
        // dromara/RuoYi-Vue-Plus manages mybatis 3.5.16, which mybatis-plus 3.5.7 needs;
        // without it the system service resolved another library's 3.5.11 and stopped
        pom(monolith,
                """
                        <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                          <version>3.3.4</version><relativePath/></parent>
                        <groupId>g</groupId><artifactId>mono</artifactId><version>1.0</version>
                        <properties><mybatis.version>3.5.16</mybatis.version></properties>
                        <dependencyManagement><dependencies>
                          <dependency><groupId>org.mybatis</groupId><artifactId>mybatis</artifactId>
                            <version>${mybatis.version}</version></dependency>
                          <dependency><groupId>org.springframework</groupId><artifactId>spring-core</artifactId>
                            <version>6.1.0</version></dependency>
                          <dependency><groupId>org.junit</groupId><artifactId>junit-bom</artifactId><version>5.11.0</version>
                            <type>pom</type><scope>import</scope></dependency>
                          <dependency><groupId>org.assertj</groupId><artifactId>assertj-core</artifactId><version>3.26.0</version>
                            <scope>test</scope></dependency>
                          <dependency><groupId>io.netty</groupId><artifactId>netty-transport-native-epoll</artifactId>
                            <version>4.1.115.Final</version><classifier>linux-x86_64</classifier></dependency>
                          <dependency><groupId>io.netty</groupId><artifactId>netty-handler</artifactId>
                            <version>${netty.version}.Final</version></dependency>
                          <dependency><groupId>com.example</groupId><artifactId>runtime-lib</artifactId><version>2.0</version>
                            <scope>runtime</scope></dependency>
                        </dependencies></dependencyManagement>
                        <dependencies><dependency><groupId>com.baomidou</groupId><artifactId>mybatis-plus-spring-boot3-starter</artifactId>
                          <version>3.5.7</version></dependency></dependencies>
                        """);

        MonolithBuild build = MonolithBuild.read(monolith, List.of("src/main/java"));
        ServiceNames names = new ServiceNames("orders", "com.example.ordersservice", "Orders", "orders-service",
                "orders", 8085);
        Path bom = ManagedBom.write(build, project.resolve("lib")).orElseThrow();
        String version = ManagedBom.of(build).orElseThrow().version();

        assertThat(build.managed()).containsExactly(new Dependency("org.mybatis", "mybatis", "3.5.16"),
                new Dependency("com.example", "runtime-lib", "2.0"));
        assertThat(version).matches("1\\.0-[0-9a-f]{12}");
        assertThat(bom).hasFileName("mono-managed-" + version + ".pom");
        assertThat(Files.readString(bom)).contains("<packaging>pom</packaging>",
                "<dependency><groupId>org.mybatis</groupId><artifactId>mybatis</artifactId><version>3.5.16</version>"
                        + "</dependency>")
            .doesNotContain("spring-core", "assertj-core", "netty", "Final");
        assertThat(ServicePom.render(names, build, "classes-0123456789ab", List.of("com.example.orders")))
            .as("Spring Boot's versions first, then the monolith's own, then its BOMs'")
            .containsSubsequence("<dependencyManagement>", "<artifactId>spring-boot-dependencies</artifactId>",
                    "<groupId>g</groupId><artifactId>mono-managed</artifactId><version>" + version
                            + "</version><type>pom</type><scope>import</scope>",
                    "<artifactId>junit-bom</artifactId>", "</dependencyManagement>");
        assertThat(ServicePom.render(names, build, "", List.of("com.example.orders")))
            .as("without the monolith's jar there is no lib/ to hold it")
            .doesNotContain("mono-managed");
    }

    @Test
    void declaresTheSpringBootFourStarterForOneItRenamedOrDroppedAndSaysSo() throws IOException {
        // a company parent from outside the checkout manages Spring Boot: its release is
        // not known, so the service is built on Spring Boot 4
        pom(monolith,
                """
                        <parent><groupId>com.example</groupId><artifactId>company-parent</artifactId>
                          <version>7</version><relativePath/></parent>
                        <groupId>g</groupId><artifactId>mono</artifactId><version>1.0</version>
                        <dependencies>
                          <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-aop</artifactId>
                            <version>${spring-boot.version}</version></dependency>
                          <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-undertow</artifactId>
                            <version>${project.parent.version}</version></dependency>
                          <dependency><groupId>org.springframework.boot</groupId>
                            <artifactId>spring-boot-starter-pulsar-reactive</artifactId></dependency>
                          <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId>
                            <version>${spring-boot.version}</version></dependency>
                        </dependencies>
                        """);
        MonolithBuild build = MonolithBuild.read(monolith, List.of("src/main/java"));
        assertThat(build.serviceLine()).isEqualTo(BootLine.FOUR);

        String pom = ServicePom.render(
                new ServiceNames("orders", "com.example.ordersservice", "Orders", "orders-service", "orders", 8085),
                build, "", List.of("com.example.orders"));

        assertThat(pom).as("Spring Boot's versions, not the monolith's")
            .contains("<artifactId>spring-boot-starter-aspectj</artifactId></dependency>",
                    "<artifactId>spring-boot-starter-pulsar</artifactId></dependency>",
                    "<artifactId>spring-boot-starter-web</artifactId></dependency>");
        assertThat(pom).doesNotContain("spring-boot-starter-aop", "undertow", "pulsar-reactive", "spring-boot.version");
        assertThat(ServicePom.notes(build, "")).containsExactly(
                "the monolith declares `spring-boot-starter-undertow`, which Spring Boot 4 dropped: the service runs on"
                        + " Tomcat, which spring-boot-starter-webmvc brings (nothing to do unless the candidate's classes"
                        + " use Undertow's own API)",
                "the monolith declares `spring-boot-starter-pulsar-reactive`, which Spring Boot 4 dropped: the service"
                        + " declares spring-boot-starter-pulsar instead, and the candidate's classes that use the reactive"
                        + " client need the imperative one");
    }

    @Test
    void takesTheReleaseFromAParentInsideTheCheckoutWhenThePomNamesNone() throws IOException {
        pom(monolith.resolve("company-parent"),
                "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>"
                        + "<version>3.3.4</version></parent>"
                        + "<groupId>g</groupId><artifactId>company-parent</artifactId><version>7</version>"
                        + "<packaging>pom</packaging>");
        pom(monolith, "<parent><groupId>g</groupId><artifactId>company-parent</artifactId><version>7</version>"
                + "<relativePath>company-parent/pom.xml</relativePath></parent><artifactId>mono</artifactId>");

        MonolithBuild build = MonolithBuild.read(monolith, List.of("src/main/java"));

        assertThat(build.spring()).contains(new SpringRelease(SpringRelease.BOOT, "3.3.4"));
        assertThat(build.serviceLine()).isEqualTo(BootLine.THREE);
    }

    @Test
    void buildsTheServiceOfASpringBootThreeMonolithOnSpringBootThree() throws IOException {
        Path bootThree = monolith.resolve("three");
        Path bootFour = monolith.resolve("four");
        for (Path folder : List.of(bootThree, bootFour)) {
            pom(folder, "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent"
                    + "</artifactId><version>" + (folder == bootThree ? "3.2.9" : "4.0.7") + "</version></parent>"
                    + "<groupId>g</groupId><artifactId>mono</artifactId><version>1.0</version>");
        }

        assertThat(MonolithBuild.read(bootThree, List.of("src/main/java")).serviceLine()).isEqualTo(BootLine.THREE);
        assertThat(MonolithBuild.read(bootFour, List.of("src/main/java")).serviceLine()).isEqualTo(BootLine.FOUR);
    }

    @Test
    void takesScopeExclusionsAndVersionFromDependencyManagementAsMavenMatchesIt() throws IOException {
        root("""
                <modules><module>app</module></modules>
                <dependencyManagement><dependencies>
                  <dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version>
                    <scope>test</scope></dependency>
                  <dependency><groupId>net.x</groupId><artifactId>excl</artifactId><version>1.0</version>
                    <exclusions><exclusion><groupId>net.bad</groupId><artifactId>bad</artifactId></exclusion></exclusions>
                  </dependency>
                  <dependency><groupId>net.x</groupId><artifactId>lib</artifactId><version>2.0</version>
                    <classifier>linux</classifier></dependency>
                  <dependency><groupId>net.x</groupId><artifactId>lib</artifactId><version>1.0</version></dependency>
                </dependencies></dependencyManagement>
                """);
        module("app",
                """
                        <properties><scala.binary.version>2.13</scala.binary.version></properties>
                        <dependencies>
                          <dependency><groupId>junit</groupId><artifactId>junit</artifactId></dependency>
                          <dependency><groupId>net.x</groupId><artifactId>excl</artifactId></dependency>
                          <dependency><groupId>net.x</groupId><artifactId>lib</artifactId></dependency>
                          <dependency><groupId>net.x</groupId><artifactId>pv</artifactId><version>${project.parent.version}</version>
                          </dependency>
                          <dependency><groupId>org.apache.spark</groupId><artifactId>spark-core_${scala.binary.version}</artifactId>
                            <version>3.5.0</version></dependency>
                          <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId>
                            <optional>true</optional></dependency>
                        </dependencies>
                        """);

        MonolithBuild build = MonolithBuild.read(monolith, List.of(APP_SOURCES));

        assertThat(build.dependencies()).as("junit managed as test; the optional starter of a module not repackaged")
            .containsExactly(
                    new Library(new Dependency("net.x", "excl", "1.0"), "", "jar", "compile",
                            List.of(new Dependency("net.bad", "bad", ""))),
                    new Library(new Dependency("net.x", "lib", "1.0"), "", "jar", "compile", List.of()),
                    new Library(new Dependency("net.x", "pv", "1.0"), "", "jar", "compile", List.of()),
                    new Library(new Dependency("org.apache.spark", "spark-core_2.13", "3.5.0"), "", "jar", "compile",
                            List.of()));
    }

    @Test
    void readsEachOfTheBuildsOwnBomsOnceWhenTheyImportEachOther() throws IOException {
        StringBuilder imports = new StringBuilder();
        StringBuilder modules = new StringBuilder("<module>app</module>");
        for (int bom = 1; bom <= 6; bom++) {
            imports.append("<dependency><groupId>g</groupId><artifactId>b")
                .append(bom)
                .append("</artifactId><version>1.0</version><type>pom</type><scope>import</scope></dependency>");
            modules.append("<module>b").append(bom).append("</module>");
        }
        root("<modules>" + modules + "</modules><dependencyManagement><dependencies>" + imports
                + "<dependency><groupId>cn.hutool</groupId><artifactId>hutool-bom</artifactId><version>5.8.31</version>"
                + "<type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>");
        for (int bom = 1; bom <= 6; bom++) {
            module("b" + bom, "<packaging>pom</packaging>");
        }
        StringBuilder libraries = new StringBuilder();
        for (int library = 0; library < 30; library++) {
            libraries.append("<dependency><groupId>net.x</groupId><artifactId>l")
                .append(library)
                .append("</artifactId></dependency>");
        }
        module("app", "<dependencies>" + libraries + "</dependencies>");

        MonolithBuild build = MonolithBuild.read(monolith, List.of(APP_SOURCES));

        assertThat(build.dependencies()).hasSize(30).allMatch(library -> library.artifact().version().isEmpty());
        assertThat(build.boms()).containsExactly(new Dependency("cn.hutool", "hutool-bom", "5.8.31"));
    }

    @Test
    void declaresEachLibraryMavenTellsApartByTypeOrClassifierWithItsExclusions() throws IOException {
        pom(monolith,
                """
                        <groupId>g</groupId><artifactId>mono</artifactId><version>1.0</version>
                        <dependencies>
                          <dependency><groupId>io.netty</groupId><artifactId>netty-transport-native-epoll</artifactId>
                            <version>4.1.115.Final</version></dependency>
                          <dependency><groupId>io.netty</groupId><artifactId>netty-transport-native-epoll</artifactId>
                            <version>4.1.115.Final</version><classifier>linux-x86_64</classifier></dependency>
                          <dependency><groupId>org.example</groupId><artifactId>bundle</artifactId><version>1.0</version>
                            <type>pom</type></dependency>
                          <dependency><groupId>org.example</groupId><artifactId>bundle</artifactId><version>1.0</version>
                          </dependency>
                          <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId>
                            <exclusions><exclusion><groupId>org.springframework.boot</groupId>
                              <artifactId>spring-boot-starter-tomcat</artifactId></exclusion></exclusions></dependency>
                        </dependencies>
                        """);

        String pom = ServicePom.render(
                new ServiceNames("orders", "com.example.ordersservice", "Orders", "orders-service", "orders", 8085),
                MonolithBuild.read(monolith, List.of("src/main/java")), "", List.of("com.example.orders"));

        assertThat(pom).contains(
                "<artifactId>netty-transport-native-epoll</artifactId><version>4.1.115.Final</version></dependency>",
                "<artifactId>netty-transport-native-epoll</artifactId><version>4.1.115.Final</version>"
                        + "<classifier>linux-x86_64</classifier></dependency>",
                "<artifactId>bundle</artifactId><version>1.0</version><type>pom</type></dependency>",
                "<artifactId>bundle</artifactId><version>1.0</version></dependency>",
                "<artifactId>spring-boot-starter-web</artifactId><exclusions><exclusion>"
                        + "<groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-tomcat</artifactId>"
                        + "</exclusion></exclusions></dependency>");
    }

    @Test
    void writesWhatTheMonolithsPomEscapesAsValidXml() throws Exception {
        pom(monolith,
                """
                        <groupId>g</groupId><artifactId>mono</artifactId><version>1.0</version>
                        <properties><x.version>1.0-a&amp;b</x.version></properties>
                        <dependencies><dependency><groupId>net.x</groupId><artifactId>x</artifactId><version>${x.version}</version>
                          <classifier>a&lt;b</classifier></dependency></dependencies>
                        """);

        String pom = ServicePom.render(
                new ServiceNames("orders", "com.example.ordersservice", "Orders", "orders-service", "orders", 8085),
                MonolithBuild.read(monolith, List.of("src/main/java")), "", List.of("com.example.orders"));

        Element x = PomXml
            .children(PomXml.child(DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(pom)))
                .getDocumentElement(), "dependencies"))
            .stream()
            .filter(dependency -> PomXml.text(dependency, "artifactId", "").equals("x"))
            .findFirst()
            .orElseThrow();
        assertThat(PomXml.text(x, "version", "")).isEqualTo("1.0-a&b");
        assertThat(PomXml.text(x, "classifier", "")).isEqualTo("a<b");
    }

    private void root(String body) throws IOException {
        pom(monolith,
                "<groupId>g</groupId><artifactId>root</artifactId><version>1.0</version><packaging>pom</packaging>"
                        + body);
    }

    private void module(String name, String body) throws IOException {
        pom(monolith.resolve(name), "<parent><groupId>g</groupId><artifactId>root</artifactId><version>1.0</version>"
                + "</parent><artifactId>" + name + "</artifactId>" + body);
        Files.createDirectories(monolith.resolve(name).resolve("src/main/java"));
    }

    private static void pom(Path folder, String body) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                """ + body + "</project>\n");
    }

}
