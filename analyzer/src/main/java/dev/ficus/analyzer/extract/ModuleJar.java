package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.plan.Boundary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The monolith's classes as the generated project depends on them: a jar in the project's
 * {@code lib/} Maven repository, taken from the monolith's jar (plain, or a Spring Boot
 * jar's {@code BOOT-INF/classes} and, in a build of modules, the nested jars of the
 * modules holding the candidate's classes) without the monolith's own configuration
 * (which would configure the service) and without the candidate's remote adapters (a
 * service does not call itself over HTTP).
 */
final class ModuleJar {

    private static final String CLASSIFIER = "classes";

    private static final String BOOT_CLASSES = "BOOT-INF/classes/";

    private static final String BOOT_LIB = "BOOT-INF/lib/";

    private static final Pattern CONFIGURATION = Pattern.compile("application(-[^/]*)?\\.(ya?ml|properties)");

    private ModuleJar() {
    }

    /**
     * Writes the jar, its pom and metadata under {@code repository}; returns the jar's
     * path.
     */
    static Path write(Path monolithJar, String classifier, MonolithBuild build, List<String> candidatePackages,
            Path repository) throws IOException {
        Path folder = repository.resolve(build.groupId().replace('.', '/'))
            .resolve(build.artifactId())
            .resolve(build.version());
        Files.createDirectories(folder);
        String base = build.artifactId() + "-" + build.version();
        Path jar = folder.resolve(base + "-" + classifier + ".jar");
        try (ZipFile monolith = new ZipFile(monolithJar.toFile());
                OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream out = new ZipOutputStream(file)) {
            boolean boot = monolith.getEntry(BOOT_CLASSES) != null
                    || monolith.stream().anyMatch(entry -> entry.getName().startsWith(BOOT_CLASSES));
            JarContent content = new JarContent(out, candidatePackages);
            List<Pattern> modules = build.modules().stream().map(ModuleJar::nestedJar).toList();
            List<Pattern> needed = build.neededModules().stream().map(ModuleJar::nestedJar).toList();
            Enumeration<? extends ZipEntry> entries = monolith.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (boot && matches(needed, entry)) {
                    copyNested(monolith, entry, List.of(), content);
                    continue;
                }
                if (boot && matches(modules, entry)) {
                    copyNested(monolith, entry, candidatePackages, content);
                    continue;
                }
                String name = boot ? classPathName(entry.getName()) : entry.getName();
                if (name != null && !entry.isDirectory()) {
                    try (InputStream in = monolith.getInputStream(entry)) {
                        content.add(name, in);
                    }
                }
            }
            content.finish();
        }
        catch (ZipException e) {
            throw new InvalidInputException("not a jar: " + monolithJar);
        }
        Files.writeString(folder.resolve(base + ".pom"), pom(build), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("maven-metadata.xml"),
                metadata(build.groupId(), build.artifactId(), build.version()), StandardCharsets.UTF_8);
        return jar;
    }

    /**
     * A module's jar in a Spring Boot jar: of its version, or of any or none when the
     * build (not Maven's) does not say it.
     */
    private static Pattern nestedJar(MonolithBuild.Dependency module) {
        String version = module.version().isEmpty() ? "(-\\d[^/]*)?" : Pattern.quote("-" + module.version());
        return Pattern.compile(Pattern.quote(BOOT_LIB + module.artifactId()) + version + "\\.jar");
    }

    private static boolean matches(List<Pattern> nestedJars, ZipEntry entry) {
        return nestedJars.stream().anyMatch(jar -> jar.matcher(entry.getName()).matches());
    }

    /**
     * The classes of a module's jar nested in a Spring Boot jar, when it holds one of the
     * candidate's classes (a library jar can bear a module's name), or always when it
     * holds none of them (a module the candidate's need, named with its version).
     */
    private static void copyNested(ZipFile monolith, ZipEntry nested, List<String> mustHold, JarContent content)
            throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream module = new ZipInputStream(monolith.getInputStream(nested))) {
            for (ZipEntry entry = module.getNextEntry(); entry != null; entry = module.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), module.readAllBytes());
                }
            }
        }
        boolean holdsCandidate = mustHold.isEmpty() || files.keySet()
            .stream()
            .anyMatch(name -> mustHold.stream().anyMatch(pkg -> name.startsWith(pkg.replace('.', '/') + "/")));
        if (holdsCandidate) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                content.add(file.getKey(), new ByteArrayInputStream(file.getValue()));
            }
        }
    }

    /**
     * The jar's classifier, {@code classes-} and a digest of the monolith's jar and of
     * what the candidate takes of it (its types, its source folders): a monolith rebuilt
     * is a new artifact, never one a Maven repository has cached, and so is another
     * candidate's jar of the same monolith (its packages, its modules' nested jars). With
     * a digest of the monolith's jar alone, the second candidate's service was built
     * against the first one's classes, which Maven had kept in the user's repository.
     */
    static String classifier(Path monolithJar, Boundary candidate) {
        try (InputStream in = Files.newInputStream(monolithJar)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            Stream.concat(candidate.movingTypes().stream().sorted(), candidate.sourceFolders().stream().sorted())
                .forEach(part -> digest.update(("\n" + part).getBytes(StandardCharsets.UTF_8)));
            return CLASSIFIER + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        }
        catch (IOException e) {
            throw new InvalidInputException("cannot read the monolith jar " + monolithJar + ": " + e.getMessage());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static @Nullable String classPathName(String name) {
        return name.startsWith(BOOT_CLASSES) ? name.substring(BOOT_CLASSES.length()) : null;
    }

    static boolean keeps(String name, List<String> candidatePackages) {
        if (CONFIGURATION.matcher(name).matches() || name.startsWith("META-INF/maven/")) {
            return false;
        }
        return candidatePackages.stream()
            .map(pkg -> pkg.replace('.', '/') + "/")
            .noneMatch(folder -> name.startsWith(folder) && name.contains("/internal/remote/"));
    }

    private static String pom(MonolithBuild build) {
        return pom(build.groupId(), build.artifactId(), build.version(),
                "<description>The monolith's classes, copied by ficus extract; its libraries are the service's."
                        + "</description>");
    }

    /**
     * A pom put in a file repository by ficus extract, with its own elements after its
     * coordinates.
     */
    static String pom(String groupId, String artifactId, String version, String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  %s
                </project>
                """.formatted(ServicePom.xml(groupId), ServicePom.xml(artifactId), ServicePom.xml(version), elements);
    }

    /** What a file repository needs beside an artifact for offline Maven to take it. */
    static String metadata(String groupId, String artifactId, String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <metadata>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <versioning>
                    <snapshot><localCopy>true</localCopy></snapshot>
                    <lastUpdated>20260101000000</lastUpdated>
                  </versioning>
                </metadata>
                """.formatted(groupId, artifactId, version);
    }

}
