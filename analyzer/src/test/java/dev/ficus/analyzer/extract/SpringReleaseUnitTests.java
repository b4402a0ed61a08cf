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
 * The Spring release a monolith builds on, read from its {@code pom.xml} or its jar, and
 * whether its classes use Java EE's {@code javax.*} packages.
 */
class SpringReleaseUnitTests {

    @TempDir
    Path folder;

    @Test
    void takesSpringBootFromTheParent() throws IOException {
        Optional<SpringRelease> release = releaseOfPom("""
                <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                  <version>2.7.18</version></parent>
                """);

        assertThat(release).contains(new SpringRelease(SpringRelease.BOOT, "2.7.18"));
        assertThat(release.get().usesJavaEe()).isTrue();
    }

    @Test
    void takesSpringBootFromAPluginVersionGivenByAProperty() throws IOException {
        Optional<SpringRelease> release = releaseOfPom("""
                <properties><spring.boot.version>2.7.18</spring.boot.version></properties>
                <build><pluginManagement><plugins><plugin><groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-maven-plugin</artifactId><version>${spring.boot.version}</version>
                </plugin></plugins></pluginManagement></build>
                """);

        assertThat(release).contains(new SpringRelease(SpringRelease.BOOT, "2.7.18"));
    }

    @Test
    void takesSpringBootFromAnImportedBillOfMaterialsBeforeSpringFramework() throws IOException {
        Optional<SpringRelease> release = releaseOfPom("""
                <properties><spring-boot.version>3.2.9</spring-boot.version></properties>
                <dependencies><dependency><groupId>org.springframework</groupId><artifactId>spring-context</artifactId>
                  <version>6.1.13</version></dependency></dependencies>
                <dependencyManagement><dependencies><dependency><groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-dependencies</artifactId><version>${spring-boot.version}</version>
                  <type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>
                """);

        assertThat(release).contains(new SpringRelease(SpringRelease.BOOT, "3.2.9"));
        assertThat(release.get().usesJavaEe()).isFalse();
    }

    @Test
    void resolvesAPropertyNamingAnotherAndLeavesACycleWithoutAVersion() throws IOException {
        assertThat(releaseOfPom("""
                <properties><boot.line>2.7</boot.line><spring-boot.version>${boot.line}.18</spring-boot.version>
                </properties>
                <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                  <version>${spring-boot.version}</version></parent>
                """)).contains(new SpringRelease(SpringRelease.BOOT, "2.7.18"));
        assertThat(releaseOfPom("""
                <properties><a>${b}</a><b>${a}</b></properties>
                <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                  <version>${a}</version></parent>
                """)).isEmpty();
    }

    @Test
    void takesSpringFrameworkWhenNoSpringBootIsDeclared() throws IOException {
        Optional<SpringRelease> release = releaseOfPom("""
                <properties><spring.version>5.3.25</spring.version></properties>
                <dependencies><dependency><groupId>org.springframework</groupId><artifactId>spring-context</artifactId>
                  <version>${spring.version}</version></dependency></dependencies>
                """);

        assertThat(release).contains(new SpringRelease(SpringRelease.FRAMEWORK, "5.3.25"));
        assertThat(release.get().usesJavaEe()).isTrue();
        assertThat(release.get().refusal()).contains("move the monolith to Spring Framework 6 first (OpenRewrite's"
                + " recipe org.openrewrite.java.spring.framework.UpgradeSpringFramework_6_0 does most of it)");
    }

    @Test
    void namesNoneWhenEveryVersionIsManagedElsewhere() throws IOException {
        assertThat(releaseOfPom("""
                <dependencies><dependency><groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-web</artifactId></dependency></dependencies>
                """)).isEmpty();
    }

    @Test
    void readsNoParentOutsideTheMonolithAndTakesRevisionFromMavenConfig() throws IOException {
        Files.writeString(folder.resolve("pom.xml"), "<project><broken");
        Path monolith = Files.createDirectories(folder.resolve("monolith/.mvn")).getParent();
        Files.writeString(monolith.resolve(".mvn/maven.config"), "-B -Drevision=2.7.18\n");
        Files.writeString(monolith.resolve("pom.xml"), """
                <project><modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                    <version>${revision}</version></parent>
                  <artifactId>shop</artifactId>
                </project>
                """);

        assertThat(MonolithBuild.read(monolith).spring()).contains(new SpringRelease(SpringRelease.BOOT, "2.7.18"));
    }

    @Test
    void takesTheReleaseOfTheModuleHoldingTheCandidateWhenTheRootNamesNone() throws IOException {
        Path monolith = Files.createDirectories(folder.resolve("shop/app/src/main/java"))
            .getParent()
            .getParent()
            .getParent()
            .getParent();
        Files.writeString(monolith.resolve("pom.xml"), """
                <project><modelVersion>4.0.0</modelVersion><groupId>local.monolith</groupId>
                  <artifactId>shop-parent</artifactId><version>1</version><packaging>pom</packaging>
                  <modules><module>app</module></modules></project>
                """);
        Files.writeString(monolith.resolve("app/pom.xml"),
                """
                        <project><modelVersion>4.0.0</modelVersion>
                          <parent><groupId>local.monolith</groupId><artifactId>shop-parent</artifactId><version>1</version></parent>
                          <artifactId>app</artifactId>
                          <build><plugins><plugin><groupId>org.springframework.boot</groupId>
                            <artifactId>spring-boot-maven-plugin</artifactId><version>2.7.18</version></plugin></plugins></build>
                        </project>
                        """);

        assertThat(MonolithBuild.read(monolith).spring()).isEmpty();
        assertThat(MonolithBuild.read(monolith, List.of("app/src/main/java")).spring())
            .contains(new SpringRelease(SpringRelease.BOOT, "2.7.18"));
    }

    @Test
    void takesNoSpringArtifactOutsideSpringFrameworksForItsVersion() throws IOException {
        assertThat(releaseOfPom("""
                <dependencies><dependency><groupId>org.springframework</groupId><artifactId>springloaded</artifactId>
                  <version>1.2.8.RELEASE</version></dependency></dependencies>
                """)).isEmpty();
    }

    @Test
    void jakartaStartsWithSpringBootThreeAndSpringFrameworkSix() {
        assertThat(new SpringRelease(SpringRelease.BOOT, "3.0.2").usesJavaEe()).isFalse();
        assertThat(new SpringRelease(SpringRelease.BOOT, "2.7.18").usesJavaEe()).isTrue();
        assertThat(new SpringRelease(SpringRelease.FRAMEWORK, "6.0.0").usesJavaEe()).isFalse();
        assertThat(new SpringRelease(SpringRelease.FRAMEWORK, "5.3.39").usesJavaEe()).isTrue();
        assertThat(new SpringRelease(SpringRelease.BOOT, "unknown").usesJavaEe()).isFalse();
    }

    @Test
    void takesSpringBootFromASpringBootJarsManifest() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Spring-Boot-Version", "2.7.5");
        Path jar = jar(manifest, "BOOT-INF/lib/spring-core-5.3.23.jar");

        assertThat(SpringRelease.packedIn(jar)).contains(new SpringRelease(SpringRelease.BOOT, "2.7.5"));
    }

    @Test
    void takesSpringFrameworkFromTheCoreJarAWarNests() throws IOException {
        Path war = jar(new Manifest(), "WEB-INF/lib/spring-core-5.3.9.jar");

        assertThat(SpringRelease.packedIn(war)).contains(new SpringRelease(SpringRelease.FRAMEWORK, "5.3.9"));
    }

    @Test
    void namesNoneForAPlainJar() throws IOException {
        assertThat(SpringRelease.packedIn(jar(new Manifest(), "dev/ficus/shop/catalog/Catalog.class"))).isEmpty();
    }

    private Optional<SpringRelease> releaseOfPom(String body) throws IOException {
        Files.writeString(folder.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>local.monolith</groupId><artifactId>shop</artifactId><version>0</version>
                """ + body + "</project>\n");
        return MonolithBuild.read(folder).spring();
    }

    private Path jar(Manifest manifest, String entry) throws IOException {
        Path jar = folder.resolve("monolith.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new ZipEntry(entry));
            out.closeEntry();
        }
        return jar;
    }

}
