package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * The Spring release the monolith's classes were built on, as its {@code pom.xml} or its
 * jar says. Spring Boot 2 and Spring Framework 5 build on Java EE's {@code javax.*}
 * packages, which the service {@code extract} generates (Spring Boot 3 or 4, Jakarta EE)
 * does not have: the candidate's entities, controllers and filters could not load there.
 *
 * @param project {@link #BOOT} or {@link #FRAMEWORK}
 * @param version as declared
 */
record SpringRelease(String project, String version) {

    static final String BOOT = "Spring Boot";

    static final String FRAMEWORK = "Spring Framework";

    /** The first release on Jakarta EE's {@code jakarta.*} packages. */
    private static final int FIRST_JAKARTA_BOOT = 3;

    private static final int FIRST_JAKARTA_FRAMEWORK = 6;

    /** The release the service runs on, and the Spring Framework it brings. */
    private static final int FIRST_BOOT_FOUR = 4;

    private static final int FIRST_FRAMEWORK_SEVEN = 7;

    private static final Pattern MAJOR = Pattern.compile("(\\d+)\\..*");

    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+).*");

    /** Spring Framework's core jar nested in a Spring Boot jar or a war. */
    private static final Pattern NESTED_CORE = Pattern.compile("(?:BOOT-INF|WEB-INF)/lib/spring-core-(\\d[^/]*)\\.jar");

    /**
     * Whether its classes use Java EE's {@code javax.*} rather than Jakarta EE's
     * packages.
     */
    boolean usesJavaEe() {
        Matcher major = MAJOR.matcher(version);
        return major.matches() && Integer
            .parseInt(major.group(1)) < (project.equals(BOOT) ? FIRST_JAKARTA_BOOT : FIRST_JAKARTA_FRAMEWORK);
    }

    /**
     * Whether its classes are built on Spring Boot 3 or Spring Framework 6: Jakarta EE,
     * but not the Spring Boot 4 the service runs them on.
     */
    boolean beforeBootFour() {
        Matcher major = MAJOR.matcher(version);
        return major.matches() && !usesJavaEe()
                && Integer.parseInt(major.group(1)) < (project.equals(BOOT) ? FIRST_BOOT_FOUR : FIRST_FRAMEWORK_SEVEN);
    }

    /**
     * Whether it is a Jakarta release older than Spring Framework 6.1 (Spring Boot 3.2),
     * which brought the {@code RestClient} and {@code JdbcClient} the generated monolith
     * adapters use.
     */
    boolean beforeFrameworkSixOne() {
        Matcher release = MAJOR_MINOR.matcher(version);
        if (!release.matches() || usesJavaEe()) {
            return false;
        }
        int major = Integer.parseInt(release.group(1));
        int minor = Integer.parseInt(release.group(2));
        return project.equals(BOOT) ? major == FIRST_JAKARTA_BOOT && minor < 2
                : major == FIRST_JAKARTA_FRAMEWORK && minor < 1;
    }

    /** What the monolith needs before the adapters generated for it compile there. */
    String adaptersNote() {
        return "the monolith is built on " + project + " " + version + ", and the adapters in `monolith-adapters/`"
                + " use Spring Framework 6.1's `RestClient` and `JdbcClient` (Spring Boot 3.2): move the monolith to"
                + " Spring Boot 3.2 or later before copying them in (the service itself runs on Spring Boot "
                + BootLine.THREE.bootVersion() + ")";
    }

    /** Why a service cannot run the monolith's classes, and what to do first. */
    String refusal() {
        return "the monolith is built on " + project + " " + version + ", whose classes use Java EE's javax.*"
                + " packages; the service ficus extract makes runs on Spring Boot " + BootLine.THREE.bootVersion()
                + " or " + BootLine.FOUR.bootVersion()
                + " (Jakarta EE's jakarta.*), where they cannot load: move the monolith to " + firstJakarta()
                + " first (OpenRewrite's recipe " + upgradeRecipe() + " does most of it), then analyze, plan and"
                + " extract again";
    }

    private String firstJakarta() {
        return project.equals(BOOT) ? BOOT + " " + FIRST_JAKARTA_BOOT : FRAMEWORK + " " + FIRST_JAKARTA_FRAMEWORK;
    }

    private String upgradeRecipe() {
        return project.equals(BOOT) ? "org.openrewrite.java.spring.boot3.UpgradeSpringBoot_3_5"
                : "org.openrewrite.java.spring.framework.UpgradeSpringFramework_6_0";
    }

    /**
     * The release among the coordinates a {@code pom.xml} declares with a version (its
     * parent, dependencies, managed dependencies and plugins): Spring Boot's, else Spring
     * Framework's.
     */
    static Optional<SpringRelease> declaredBy(List<MonolithBuild.Dependency> coordinates) {
        return versionOf(coordinates, "org.springframework.boot").map(version -> new SpringRelease(BOOT, version))
            .or(() -> versionOf(coordinates, "org.springframework")
                .map(version -> new SpringRelease(FRAMEWORK, version)));
    }

    /**
     * The first version of the group's {@code spring-*} artifacts (not, say,
     * {@code springloaded}).
     */
    private static Optional<String> versionOf(List<MonolithBuild.Dependency> coordinates, String groupId) {
        return coordinates.stream()
            .filter(coordinate -> coordinate.groupId().equals(groupId) && coordinate.artifactId().startsWith("spring-")
                    && MAJOR.matcher(coordinate.version()).matches())
            .map(MonolithBuild.Dependency::version)
            .findFirst();
    }

    /**
     * The release a jar was packed with: a Spring Boot jar's manifest names Spring Boot's
     * version, a nested {@code spring-core} jar Spring Framework's; empty for a plain
     * jar.
     */
    static Optional<SpringRelease> packedIn(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String boot = manifest == null ? null : manifest.getMainAttributes().getValue("Spring-Boot-Version");
            if (boot != null) {
                return Optional.of(new SpringRelease(BOOT, boot.trim()));
            }
            return file.stream()
                .map(entry -> NESTED_CORE.matcher(entry.getName()))
                .filter(Matcher::matches)
                .map(core -> new SpringRelease(FRAMEWORK, core.group(1)))
                .findFirst();
        }
        catch (ZipException e) {
            throw new InvalidInputException("not a jar: " + jar);
        }
        catch (IOException e) {
            throw new InvalidInputException("cannot read the monolith jar " + jar + ": " + e.getMessage());
        }
    }

}
