package dev.ficus.analyzer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The generated project's {@code pom.xml}: Spring Boot's parent, the monolith's own
 * classes (from {@code lib/} or its published artifact) with every library the monolith
 * declares, and what the service adds (event-sync, Resilience4j, the REST client).
 */
final class ServicePom {

    /** The Ficus libraries' version (event-sync). */
    static final String FICUS_VERSION = "0.1.0-SNAPSHOT";

    static final String RESILIENCE4J_VERSION = "2.3.0";

    /** The Jib plugin Ficus builds its own images with (root pom). */
    static final String JIB_VERSION = "3.5.2";

    private static final String SPRING_BOOT = "org.springframework.boot";

    private static final String SPRING_BOOT_BOM = "spring-boot-dependencies";

    private static final Template POM = Template.load("pom.xml");

    private ServicePom() {
    }

    static String render(ServiceNames names, MonolithBuild build, String moduleClassifier,
            List<String> modulePackages) {
        Map<String, String> values = new HashMap<>(names.values());
        values.put("bootVersion", build.serviceLine().bootVersion());
        values.put("ficusVersion", FICUS_VERSION);
        values.put("resilienceVersion", RESILIENCE4J_VERSION);
        values.put("jibVersion", JIB_VERSION);
        values.put("groupId", xml(build.groupId()));
        values.put("monolith", xml(build.groupId() + ":" + build.artifactId() + ":" + build.version()));
        Optional<MonolithBuild.Dependency> managed = managedBom(build, moduleClassifier);
        values.put("repositories", moduleClassifier.isEmpty() && managed.isEmpty() ? "" : """

                  <repositories>
                    <!-- what ficus extract put here of the monolith's (run it again after the monolith changed): its
                         classes, or the versions its build manages itself -->
                    <repository>
                      <id>monolith</id>
                      <url>file://${project.basedir}/lib</url>
                    </repository>
                  </repositories>
                """.stripTrailing().replace("\n                ", "\n"));
        values.put("dependencies", String.join("\n", dependencies(build, moduleClassifier, modulePackages)));
        values.put("dependencyManagement",
                build.boms().isEmpty() && managed.isEmpty() ? "" : boms(build.boms(), managed));
        return POM.render(values);
    }

    /**
     * The {@link ManagedBom} the service imports from {@code lib/}: with a copy of the
     * monolith's jar, or with its modules, whose poms' own management reaches none of
     * their libraries' libraries (RuoYi-Vue-Plus's {@code mybatis} 3.5.16 under its
     * modules' {@code mybatis-plus}).
     */
    static Optional<MonolithBuild.Dependency> managedBom(MonolithBuild build, String moduleClassifier) {
        return moduleClassifier.isEmpty() && !dependsOnModules(build, moduleClassifier) ? Optional.empty()
                : ManagedBom.of(build);
    }

    private static List<String> dependencies(MonolithBuild build, String moduleClassifier,
            List<String> modulePackages) {
        List<String> lines = new ArrayList<>();
        SortedSet<String> seen = new TreeSet<>();
        if (dependsOnModules(build, moduleClassifier)) {
            addModules(lines, seen, build, modulePackages);
        }
        else {
            addMonolithArtifact(lines, seen, build, moduleClassifier, modulePackages);
        }
        lines.add(
                "    <!-- what the service adds: outbox and inbox, the callers it accepts, HTTP clients with timeouts, retries,"
                        + " circuit breaker -->");
        addIfMissing(lines, seen, "dev.ficus", "event-sync", "${ficus.version}", "");
        addIfMissing(lines, seen, "dev.ficus", "caller-trust", "${ficus.version}", "");
        for (String starter : build.serviceLine().starters()) {
            String[] groupAndArtifact = starter.split(":");
            addIfMissing(lines, seen, groupAndArtifact[0], groupAndArtifact[1], "", "");
        }
        addIfMissing(lines, seen, "io.github.resilience4j", "resilience4j-circuitbreaker", "${resilience4j.version}",
                "");
        addIfMissing(lines, seen, "io.github.resilience4j", "resilience4j-retry", "${resilience4j.version}", "");
        addIfMissing(lines, seen, "org.apache.httpcomponents.client5", "httpclient5", "", "");
        addIfMissing(lines, seen, "com.h2database", "h2", "", "runtime");
        if (build.usesSpringModulith()) {
            lines.add(
                    "    <!-- the module's listeners carry Spring Modulith's annotations; its runtime stays in the monolith -->");
            String modulith = build.serviceLine().modulithVersion();
            lines.add(dependency("org.springframework.modulith", "spring-modulith-api", modulith, ""));
            lines.add(dependency("org.springframework.modulith", "spring-modulith-events-api", modulith, ""));
        }
        lines.add(dependency("org.springframework.boot", "spring-boot-starter-test", "", "test"));
        return lines;
    }

    /**
     * What the {@code pom.xml} changed of the libraries it declares as the monolith does.
     */
    static List<String> notes(MonolithBuild build, String moduleClassifier) {
        return dependsOnModules(build, moduleClassifier) || build.serviceLine() != BootLine.FOUR ? List.of()
                : BootFourStarters.notes(build.dependencies());
    }

    /**
     * Whether the service depends on the monolith's modules, which bring their libraries
     * with them, instead of on its one artifact or the copy in {@code lib/}.
     */
    private static boolean dependsOnModules(MonolithBuild build, String moduleClassifier) {
        return !build.modules().isEmpty() && moduleClassifier.isEmpty();
    }

    /**
     * In a build of modules, each module holding the candidate's classes, with the
     * libraries its own {@code pom.xml} declares (versions its parents manage).
     */
    private static void addModules(List<String> lines, SortedSet<String> seen, MonolithBuild build,
            List<String> modulePackages) {
        lines.add("    <!-- the monolith's modules holding the candidate's classes, with the libraries their own poms"
                + " declare but Spring Modulith, whose runtime stays in the monolith; only "
                + String.join(", ", modulePackages) + " is scanned -->");
        for (MonolithBuild.Dependency module : build.modules()) {
            if (seen.add(module.groupId() + ":" + module.artifactId())) {
                lines.add("    <dependency><groupId>" + xml(module.groupId()) + "</groupId><artifactId>"
                        + xml(module.artifactId()) + "</artifactId><version>" + xml(module.version()) + "</version>"
                        + "<exclusions><exclusion><groupId>org.springframework.modulith</groupId><artifactId>*"
                        + "</artifactId></exclusion></exclusions></dependency>");
            }
        }
    }

    /**
     * The monolith's one artifact (published, or the copy in {@code lib/}) without its
     * libraries, and then the libraries it declares.
     */
    private static void addMonolithArtifact(List<String> lines, SortedSet<String> seen, MonolithBuild build,
            String moduleClassifier, List<String> modulePackages) {
        lines.add("    <!-- the monolith's own classes; only " + String.join(", ", modulePackages)
                + " is scanned. Its libraries are the ones below, not the whole monolith's. -->");
        lines.add("    <dependency>\n      <groupId>" + xml(build.groupId()) + "</groupId>\n      <artifactId>"
                + xml(build.artifactId()) + "</artifactId>\n      <version>" + xml(build.version()) + "</version>\n"
                + (moduleClassifier.isEmpty() ? "" : "      <classifier>" + moduleClassifier + "</classifier>\n")
                + "      <exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>\n"
                + "    </dependency>");
        lines.add(build.modules().isEmpty() ? "    <!-- what the monolith declares -->"
                : "    <!-- what its modules "
                        + String.join(", ", build.modules().stream().map(MonolithBuild.Dependency::artifactId).toList())
                        + " and the modules they need declare and inherit -->");
        for (MonolithBuild.Library library : build.dependencies()
            .stream()
            .flatMap(declared -> BootFourStarters.inService(declared, build.serviceLine()).stream())
            .toList()) {
            MonolithBuild.Dependency artifact = library.artifact();
            boolean plainJar = library.classifier().isEmpty() && library.type().equals("jar");
            if (!artifact.isSpringModulith()
                    && seen.add(plainJar ? artifact.groupId() + ":" + artifact.artifactId() : library.key())) {
                lines.add(library(library));
            }
        }
    }

    /**
     * The BOMs the monolith imports, for the versions of its libraries it leaves to them,
     * after Spring Boot's own and the {@link ManagedBom} of the versions its build
     * manages itself (in {@code lib/}): an import overrides what the parent manages, and
     * the first import wins, so Spring Boot's versions stay the service's.
     */
    private static String boms(List<MonolithBuild.Dependency> boms, Optional<MonolithBuild.Dependency> managed) {
        StringBuilder imports = new StringBuilder("\n  <!-- the BOMs the monolith imports, for the versions of its"
                + " libraries below that give none, after Spring\n       Boot's: the first import wins where two manage a"
                + " library -->\n  <dependencyManagement>\n    <dependencies>");
        imports.append(bomImport(SPRING_BOOT, SPRING_BOOT_BOM, "${project.parent.version}"));
        managed.ifPresent(bom -> imports.append(bomImport(bom.groupId(), bom.artifactId(), bom.version())));
        boms.stream()
            .filter(bom -> !(bom.groupId().equals(SPRING_BOOT) && bom.artifactId().equals(SPRING_BOOT_BOM)))
            .forEach(bom -> imports.append(bomImport(bom.groupId(), bom.artifactId(), bom.version())));
        return imports.append("\n    </dependencies>\n  </dependencyManagement>").toString();
    }

    private static String bomImport(String groupId, String artifactId, String version) {
        return "\n      <dependency><groupId>" + xml(groupId) + "</groupId><artifactId>" + xml(artifactId)
                + "</artifactId><version>" + xml(version)
                + "</version><type>pom</type><scope>import</scope></dependency>";
    }

    /**
     * A library as the monolith declares it: with its classifier, type and exclusions,
     * and runtime scope where it has it.
     */
    private static String library(MonolithBuild.Library library) {
        MonolithBuild.Dependency artifact = library.artifact();
        String version = artifact.version().isEmpty() && artifact.groupId().equals("io.github.resilience4j")
                ? "${resilience4j.version}" : artifact.version();
        StringBuilder line = new StringBuilder("    <dependency><groupId>").append(xml(artifact.groupId()))
            .append("</groupId><artifactId>")
            .append(xml(artifact.artifactId()))
            .append("</artifactId>");
        element(line, "version", version);
        element(line, "classifier", library.classifier());
        element(line, "type", library.type().equals("jar") ? "" : library.type());
        element(line, "scope", library.scope().equals("runtime") ? "runtime" : "");
        if (!library.exclusions().isEmpty()) {
            line.append("<exclusions>");
            library.exclusions()
                .forEach(exclusion -> line.append("<exclusion><groupId>")
                    .append(xml(exclusion.groupId()))
                    .append("</groupId><artifactId>")
                    .append(xml(exclusion.artifactId()))
                    .append("</artifactId></exclusion>"));
            line.append("</exclusions>");
        }
        return line.append("</dependency>").toString();
    }

    /**
     * Text as an XML element holds it: a value read from the monolith's {@code pom.xml}
     * comes decoded ({@code &amp;} as {@code &}).
     */
    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Appends the element unless its text is empty. */
    private static void element(StringBuilder xml, String name, String text) {
        if (!text.isEmpty()) {
            xml.append('<').append(name).append('>').append(xml(text)).append("</").append(name).append('>');
        }
    }

    private static void addIfMissing(List<String> lines, SortedSet<String> seen, String groupId, String artifactId,
            String version, String scope) {
        if (seen.add(groupId + ":" + artifactId)) {
            lines.add(dependency(groupId, artifactId, version, scope));
        }
    }

    private static String dependency(String groupId, String artifactId, String version, String scope) {
        return "    <dependency><groupId>" + xml(groupId) + "</groupId><artifactId>" + xml(artifactId) + "</artifactId>"
                + (version.isEmpty() ? "" : "<version>" + xml(version) + "</version>")
                + (scope.isEmpty() ? "" : "<scope>" + scope + "</scope>") + "</dependency>";
    }

}
