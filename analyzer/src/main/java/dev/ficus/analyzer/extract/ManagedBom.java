package dev.ficus.analyzer.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The versions the monolith's build manages itself ({@link MonolithBuild#managed}) as a
 * BOM in the generated project's {@code lib/} repository, which the service imports right
 * after Spring Boot's: Boot's versions stay the service's, and the monolith's hold for
 * what Boot does not manage (RuoYi-Vue-Plus's {@code mybatis} 3.5.16, which its
 * {@code mybatis-plus} needs, over the 3.5.11 another library asks for). As entries of
 * the service's own {@code dependencyManagement} they would win over Boot's too: a
 * monolith's pin of an older Tomcat beside Boot's other Tomcat jars. Its version carries
 * a digest of the versions, so a build that manages others is a new artifact, never one
 * Maven has cached.
 */
final class ManagedBom {

    private ManagedBom() {
    }

    /** The BOM's coordinates, none when the build manages no version itself. */
    static Optional<MonolithBuild.Dependency> of(MonolithBuild build) {
        if (build.managed().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MonolithBuild.Dependency(build.groupId(), build.artifactId() + "-managed",
                build.version() + "-" + digest(entries(build))));
    }

    /** Writes the BOM under {@code repository}; returns its path, if any. */
    static Optional<Path> write(MonolithBuild build, Path repository) throws IOException {
        Optional<MonolithBuild.Dependency> bom = of(build);
        if (bom.isEmpty()) {
            return Optional.empty();
        }
        MonolithBuild.Dependency coordinates = bom.get();
        Path folder = Files.createDirectories(repository.resolve(coordinates.groupId().replace('.', '/'))
            .resolve(coordinates.artifactId())
            .resolve(coordinates.version()));
        Path pom = folder.resolve(coordinates.artifactId() + "-" + coordinates.version() + ".pom");
        Files.writeString(pom, ModuleJar.pom(coordinates.groupId(), coordinates.artifactId(), coordinates.version(),
                "<packaging>pom</packaging>\n  <description>The versions the monolith's build manages itself, copied by"
                        + " ficus extract.</description>\n  <dependencyManagement>\n    <dependencies>" + entries(build)
                        + "\n    </dependencies>\n  </dependencyManagement>"),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("maven-metadata.xml"),
                ModuleJar.metadata(coordinates.groupId(), coordinates.artifactId(), coordinates.version()),
                StandardCharsets.UTF_8);
        return Optional.of(pom);
    }

    private static String entries(MonolithBuild build) {
        StringBuilder entries = new StringBuilder();
        build.managed()
            .forEach(library -> entries.append("\n      <dependency><groupId>")
                .append(ServicePom.xml(library.groupId()))
                .append("</groupId><artifactId>")
                .append(ServicePom.xml(library.artifactId()))
                .append("</artifactId><version>")
                .append(ServicePom.xml(library.version()))
                .append("</version></dependency>"));
        return entries.toString();
    }

    private static String digest(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

}
