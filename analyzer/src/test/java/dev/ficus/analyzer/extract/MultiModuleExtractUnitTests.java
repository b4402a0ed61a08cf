package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.cli.FicusRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ficus analyze}, {@code plan} and {@code extract} of a monolith built as modules:
 * as Maven's, whose root {@code pom.xml} only aggregates them, the shop fixture's classes
 * in {@code apps/shop-app}, its version the root's {@code ${revision}}; and as Gradle's.
 */
class MultiModuleExtractUnitTests {

    /** Windows line ends, a comment and a blank line, which a merge would not keep. */
    private static final String HANDLERS_HELD_ALIKE = "http\\://example.com/schema=com.example.app.Handler\r\n\r\n";

    private static final String SERVICES_HELD_ONCE = "# validators\r\n\r\ncom.example.shop.catalog.SkuValidator\r\n";

    @TempDir
    Path folder;

    private Path monolith;

    private Path plan;

    @BeforeEach
    void shopInAModuleOfModules() throws IOException {
        monolith = folder.resolve("shop");
        pom(monolith,
                """
                        <groupId>local.monolith</groupId><artifactId>shop-parent</artifactId><version>${revision}</version>
                        <packaging>pom</packaging>
                        <properties><revision>1.2.0</revision></properties>
                        <modules><module>shop-bom</module><module>shop-lib</module><module>shop-admin</module>
                          <module>apps</module></modules>
                        <dependencies><dependency><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId>
                          </dependency></dependencies>
                        <dependencyManagement><dependencies><dependency><groupId>com.google.guava</groupId>
                          <artifactId>guava</artifactId><version>${guava.version}</version></dependency>
                          <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-dependencies</artifactId>
                            <version>3.2.9</version><type>pom</type><scope>import</scope></dependency>
                          <dependency><groupId>cn.hutool</groupId><artifactId>hutool-bom</artifactId>
                            <version>5.8.31</version><type>pom</type><scope>import</scope></dependency>
                          <dependency><groupId>local.monolith</groupId><artifactId>shop-bom</artifactId>
                            <version>${revision}</version><type>pom</type><scope>import</scope></dependency>
                        </dependencies></dependencyManagement>
                        """
                    .replace("<properties>", "<properties><guava.version>33.3.1-jre</guava.version>"));
        pom(monolith.resolve("shop-bom"), """
                <groupId>local.monolith</groupId><artifactId>shop-bom</artifactId><version>1.2.0</version>
                <packaging>pom</packaging>
                <dependencyManagement><dependencies><dependency><groupId>local.monolith</groupId>
                  <artifactId>shop-lib</artifactId><version>1.2.0</version></dependency></dependencies>
                </dependencyManagement>
                """);
        pom(monolith.resolve("shop-lib"),
                """
                        <parent><groupId>local.monolith</groupId><artifactId>shop-parent</artifactId><version>${revision}</version>
                        </parent>
                        <artifactId>shop-lib</artifactId>
                        <dependencies><dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId>
                          </dependency></dependencies>
                        """);
        pom(monolith.resolve("shop-admin"),
                """
                        <parent><groupId>local.monolith</groupId><artifactId>shop-parent</artifactId><version>${revision}</version>
                        </parent>
                        <artifactId>shop-admin</artifactId>
                        <dependencies><dependency><groupId>local.monolith</groupId><artifactId>shop-lib</artifactId>
                          <version>${project.version}</version></dependency></dependencies>
                        """);
        Files.createDirectories(monolith.resolve("shop-lib/src/main/java/com/example/lib"));
        Files.writeString(monolith.resolve("shop-lib/src/main/java/com/example/lib/Money.java"),
                "package com.example.lib;\npublic record Money(long cents) {}\n");
        pom(monolith.resolve("apps"),
                """
                        <parent><groupId>local.monolith</groupId><artifactId>shop-parent</artifactId><version>${revision}</version>
                        </parent>
                        <artifactId>apps</artifactId><packaging>pom</packaging>
                        <modules><module>shop-app</module></modules>
                        """);
        pom(monolith.resolve("apps/shop-app"), """
                <parent><groupId>local.monolith</groupId><artifactId>apps</artifactId><version>${revision}</version>
                </parent>
                <artifactId>shop-app</artifactId>
                <dependencies><dependency><groupId>org.springframework.modulith</groupId>
                  <artifactId>spring-modulith-starter-core</artifactId></dependency>
                  <dependency><groupId>local.monolith</groupId><artifactId>shop-lib</artifactId>
                    <version>${project.version}</version></dependency></dependencies>
                """);
        ShopPlan.copySources(monolith.resolve("apps/shop-app"));
        Path out = folder.resolve("ficus-out");
        FicusRun.succeeded("analyze", monolith.toString(), "--out", out.toString(), "--quiet", "--format=json");
        FicusRun.succeeded("plan", monolith.toString(), "--analysis", out.resolve("analysis.json").toString(), "--out",
                out.toString());
        plan = out.resolve("plan.json");
    }

    @Test
    void dependsOnTheModuleHoldingTheCandidatesClassesWithItsOwnLibrariesButSpringModulithsRuntime()
            throws IOException {
        Path out = folder.resolve("catalog-service");

        Extractor.extract(new ExtractRequest(plan, "catalog", out, Optional.empty(), false));

        String pom = Files.readString(out.resolve("pom.xml"));
        assertThat(pom).contains("<dependency><groupId>local.monolith</groupId><artifactId>shop-app</artifactId>"
                + "<version>1.2.0</version><exclusions><exclusion><groupId>org.springframework.modulith</groupId>"
                + "<artifactId>*</artifactId></exclusion></exclusions></dependency>",
                "<artifactId>spring-modulith-api</artifactId>");
        assertThat(pom).doesNotContain("<artifactId>shop-parent</artifactId>", "shop-lib", "lombok", "<classifier>");
        assertThat(pom).as("the versions the build manages reach the modules' own libraries")
            .containsSubsequence("<url>file://${project.basedir}/lib</url>",
                    "<artifactId>spring-boot-dependencies</artifactId>", "<artifactId>shop-parent-managed</artifactId>",
                    "<artifactId>hutool-bom</artifactId>");
        try (var boms = Files.walk(out.resolve("lib/local/monolith/shop-parent-managed"))) {
            Path bom = boms.filter(file -> file.toString().endsWith(".pom")).findFirst().orElseThrow();
            assertThat(Files.readString(bom)).contains(
                    "<groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>33.3.1-jre</version>");
        }
        assertThat(Files.readString(out.resolve("README.md"))).contains("from `local.monolith:shop-app:1.2.0`",
                "./mvnw -f " + monolith.resolve("pom.xml") + " -B -q install -DskipTests -pl :shop-app,:shop-bom -am");
    }

    @Test
    void refusesToDependOnAModuleWhoseJarSpringBootReplacesWithItsRunnableOne() throws IOException {
        String shopApp = Files.readString(monolith.resolve("apps/shop-app/pom.xml"));
        String plugin = "<build><plugins><plugin><groupId>org.springframework.boot</groupId>"
                + "<artifactId>spring-boot-maven-plugin</artifactId>%s</plugin></plugins></build>\n</project>";
        String repackage = "<executions><execution><goals><goal>repackage</goal></goals>%s</execution></executions>";
        Files.writeString(monolith.resolve("apps/shop-app/pom.xml"),
                shopApp.replace("</project>", plugin.formatted(repackage.formatted(""))));

        FicusRun refused = FicusRun.of("extract", "catalog", "--plan", plan.toString(), "--out",
                folder.resolve("refused").toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().lines()).containsExactly("ficus extract: the jar of shop-app is replaced by Spring"
                + " Boot's runnable one (spring-boot-maven-plugin without a classifier), whose classes under"
                + " BOOT-INF/classes a service cannot load: build it and give that jar with --monolith-jar JAR, or give"
                + " the plugin a classifier");
        assertThat(folder.resolve("refused")).doesNotExist();

        for (String kept : List.of(repackage.formatted("<configuration><classifier>exec</classifier></configuration>"),
                "<!-- no goal bound, and no spring-boot-starter-parent to bind it -->")) {
            Files.writeString(monolith.resolve("apps/shop-app/pom.xml"),
                    shopApp.replace("</project>", plugin.formatted(kept)));
            Path out = folder.resolve("kept");
            Extractor.extract(new ExtractRequest(plan, "catalog", out, Optional.empty(), true));

            assertThat(out.resolve("pom.xml")).as(kept).content().contains("<artifactId>shop-app</artifactId>");
        }
    }

    @Test
    void copiesTheClassesOfTheModulesJarAndOfTheModulesItNeedsNestedInASpringBootJarAndDeclaresTheirLibraries()
            throws IOException {
        Path jar = bootJar("shop-app-1.2.0.jar", "BOOT-INF/lib/shop-lib-1.2.0.jar",
                "BOOT-INF/lib/shop-admin-1.2.0.jar");
        Path out = folder.resolve("catalog-service");

        ExtractResult result = Extractor.extract(new ExtractRequest(plan, "catalog", out, Optional.of(jar), false));

        Path copy = out
            .resolve(result.files().stream().filter(file -> file.endsWith(".jar")).findFirst().orElseThrow());
        try (JarFile classes = new JarFile(copy.toFile())) {
            assertThat(classes.getEntry("com/example/shop/catalog/CatalogManagement.class").getSize()).isEqualTo(2);
            assertThat(classes.getEntry("com/example/app/ShopApplication.class")).isNotNull();
            assertThat(classes.getEntry("com/example/lib/Money.class")).as("the module shop-app depends on")
                .isNotNull();
            assertThat(classes.getEntry("com/example/admin/Audit.class")).as("a module shop-app does not need")
                .isNull();
        }
        String pom = Files.readString(out.resolve("pom.xml"));
        assertThat(pom).contains("<!-- what its modules shop-app and the modules they need declare and inherit -->",
                "<artifactId>guava</artifactId><version>33.3.1-jre</version>", "<artifactId>lombok</artifactId>",
                "<artifactId>spring-modulith-api</artifactId>");
        assertThat(pom).containsSubsequence("<dependencyManagement>",
                "<artifactId>spring-boot-dependencies</artifactId><version>${project.parent.version}</version>",
                "<artifactId>hutool-bom</artifactId><version>5.8.31</version><type>pom</type><scope>import</scope>",
                "</dependencyManagement>");
        assertThat(pom).doesNotContain("<artifactId>shop-lib</artifactId>", "<artifactId>shop-app</artifactId>",
                "spring-modulith-starter-core", "3.2.9");
        assertThat(result.needsYou()).noneMatch(note -> note.contains("libraries"));
    }

    @Test
    void copiesTheClassesOfAGradleModulesJarNestedInASpringBootJarByItsFolderNameWithoutAVersion() throws IOException {
        Path gradle = folder.resolve("gradle-shop");
        Files.createDirectories(gradle);
        Files.writeString(gradle.resolve("settings.gradle"), "include ':shop-app'\n");
        Files.writeString(gradle.resolve("build.gradle"), "plugins { id 'java' }\n");
        ShopPlan.copySources(gradle.resolve("shop-app"));
        Path out = folder.resolve("gradle-out");
        FicusRun.succeeded("analyze", gradle.toString(), "--out", out.toString(), "--quiet", "--format=json");
        FicusRun.succeeded("plan", gradle.toString(), "--analysis", out.resolve("analysis.json").toString(), "--out",
                out.toString());
        Path jar = bootJar("shop-app.jar", "BOOT-INF/lib/shop-app-2.0.jar", "BOOT-INF/lib/shop-lib-2.0.jar");

        ExtractResult result = Extractor.extract(
                new ExtractRequest(out.resolve("plan.json"), "catalog", folder.resolve("x"), Optional.of(jar), false));

        Path copy = folder.resolve("x")
            .resolve(result.files().stream().filter(file -> file.endsWith(".jar")).findFirst().orElseThrow());
        try (JarFile classes = new JarFile(copy.toFile())) {
            assertThat(classes.getEntry("com/example/shop/catalog/CatalogManagement.class").getSize()).isEqualTo(2);
            assertThat(classes.getEntry("com/example/lib/Money.class")).as("a library bearing the module's name")
                .isNull();
        }
    }

    @Test
    void mergesTheAutoConfigurationsAndServiceListsOfTheApplicationAndItsModules() throws IOException {
        Path jar = folder.resolve("boot.jar");
        String imports = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";
        String factories = "META-INF/spring.factories";
        String services = "META-INF/services/jakarta.validation.ConstraintValidator";
        String handlers = "META-INF/spring.handlers";
        try (ZipOutputStream boot = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(boot, "BOOT-INF/classes/" + imports, "com.example.app.AppAutoConfiguration\n");
            put(boot, "BOOT-INF/classes/" + factories, "org.example.Listener=com.example.app.AppListener\n");
            put(boot, "BOOT-INF/classes/" + handlers, HANDLERS_HELD_ALIKE);
            boot.putNextEntry(new ZipEntry("BOOT-INF/lib/shop-app-1.2.0.jar"));
            ZipOutputStream module = new ZipOutputStream(boot);
            put(module, "com/example/shop/catalog/CatalogManagement.class", "");
            put(module, imports, "# the catalog's\ncom.example.shop.catalog.CatalogAutoConfiguration\n"
                    + "com.example.app.AppAutoConfiguration\n");
            put(module, factories, "org.example.Listener=com.example.shop.catalog.CatalogListener,\\\n"
                    + "  com.example.app.AppListener\norg.example.Filter=com.example.shop.catalog.CatalogFilter\n"
                    + "org.example.Weird\\:Key=com.example.shop.catalog.Weird\n");
            put(module, services, SERVICES_HELD_ONCE);
            put(module, handlers, HANDLERS_HELD_ALIKE);
            module.finish();
            boot.closeEntry();
        }

        ExtractResult result = Extractor
            .extract(new ExtractRequest(plan, "catalog", folder.resolve("catalog-service"), Optional.of(jar), false));

        Path copy = folder.resolve("catalog-service")
            .resolve(result.files().stream().filter(file -> file.endsWith(".jar")).findFirst().orElseThrow());
        try (JarFile classes = new JarFile(copy.toFile())) {
            assertThat(text(classes, imports)).isEqualTo("com.example.app.AppAutoConfiguration\n# the catalog's\n"
                    + "com.example.shop.catalog.CatalogAutoConfiguration\n");
            assertThat(text(classes, factories)).isEqualTo("org.example.Filter=com.example.shop.catalog.CatalogFilter\n"
                    + "org.example.Listener=com.example.app.AppListener,com.example.shop.catalog.CatalogListener\n"
                    + "org.example.Weird\\:Key=com.example.shop.catalog.Weird\n");
            assertThat(text(classes, services)).as("a list one jar holds, as it is").isEqualTo(SERVICES_HELD_ONCE);
            assertThat(text(classes, handlers)).as("a list two jars hold alike, as it is")
                .isEqualTo(HANDLERS_HELD_ALIKE);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String text(JarFile jar, String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A Spring Boot jar holding an application class, a module's jar ({@code nested})
     * with one of the catalog's classes, a jar ({@code lib}) with a class of the library
     * package, and a jar ({@code other}) with a class of another package.
     */
    private Path bootJar(String nested, String lib, String other) throws IOException {
        Path jar = folder.resolve("boot.jar");
        try (ZipOutputStream boot = new ZipOutputStream(Files.newOutputStream(jar))) {
            boot.putNextEntry(new ZipEntry("BOOT-INF/classes/com/example/app/ShopApplication.class"));
            boot.closeEntry();
            nestedJar(boot, "BOOT-INF/lib/" + nested, "com/example/shop/catalog/CatalogManagement.class");
            nestedJar(boot, lib, "com/example/lib/Money.class");
            nestedJar(boot, other, "com/example/admin/Audit.class");
        }
        return jar;
    }

    /** A jar in the jar, holding one class of two bytes. */
    private static void nestedJar(ZipOutputStream boot, String name, String className) throws IOException {
        boot.putNextEntry(new ZipEntry(name));
        ZipOutputStream nested = new ZipOutputStream(boot);
        nested.putNextEntry(new ZipEntry(className));
        nested.write(new byte[] { (byte) 0xCA, (byte) 0xFE });
        nested.closeEntry();
        nested.finish();
        boot.closeEntry();
    }

    private static void pom(Path folder, String body) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                """ + body + "</project>\n");
    }

}
