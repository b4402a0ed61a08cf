package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.extract.MonolithBuild.Dependency;
import dev.ficus.analyzer.extract.MonolithBuild.Library;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The starters a Spring Boot 3 monolith may declare that Spring Boot 4, which the service
 * runs on, renamed or dropped: the {@code org.springframework.boot} artifacts Spring Boot
 * 3.5.7's BOM manages and 4.0.7's does not, with the migration guide's replacement.
 * Without a version one left as it is fails the service's build; with the monolith's Boot
 * 3 version it builds but misses what Boot 4 configures.
 */
final class BootFourStarters {

    private static final String GROUP = "org.springframework.boot";

    private static final String FRAMEWORK_GROUP = "org.springframework";

    private static final Map<String, String> RENAMED = Map.of("spring-boot-starter-aop", "spring-boot-starter-aspectj");

    /** Each with what the service does instead. */
    private static final Map<String, String> DROPPED = Map.of("spring-boot-starter-undertow",
            "the service runs on Tomcat, which spring-boot-starter-webmvc brings (nothing to do unless the candidate's"
                    + " classes use Undertow's own API)",
            "spring-boot-starter-pulsar-reactive",
            "the service declares spring-boot-starter-pulsar instead, and the candidate's classes that use the reactive"
                    + " client need the imperative one");

    private static final Map<String, String> REPLACED_BY = Map.of("spring-boot-starter-pulsar-reactive",
            "spring-boot-starter-pulsar");

    private BootFourStarters() {
    }

    /**
     * The library as the service declares it: one of Spring Boot's without a version
     * (Spring Boot 4's BOM manages it; a Spring Boot 3 version pinned by the monolith
     * would put Boot 3's jars beside Boot 4's), renamed, another in its place, or none.
     * On a Spring Boot 3 service, Spring Boot's and Spring Framework's keep their names
     * and leave their versions to its Spring Boot (a Framework 6.1 monolith's pinned
     * {@code spring-webmvc} would sit beside Boot 3.5's Framework 6.2).
     */
    static Optional<Library> inService(Library library, BootLine line) {
        Dependency artifact = library.artifact();
        if (line != BootLine.FOUR && (artifact.groupId().equals(GROUP) || artifact.groupId().equals(FRAMEWORK_GROUP))) {
            return Optional.of(new Library(new Dependency(artifact.groupId(), artifact.artifactId(), ""),
                    library.classifier(), library.type(), library.scope(), library.exclusions()));
        }
        if (!artifact.groupId().equals(GROUP)) {
            return Optional.of(library);
        }
        if (DROPPED.containsKey(artifact.artifactId()) && !REPLACED_BY.containsKey(artifact.artifactId())) {
            return Optional.empty();
        }
        String name = RENAMED.getOrDefault(artifact.artifactId(),
                REPLACED_BY.getOrDefault(artifact.artifactId(), artifact.artifactId()));
        return Optional.of(new Library(new Dependency(GROUP, name, ""), library.classifier(), library.type(),
                library.scope(), library.exclusions()));
    }

    /** What the service does instead of the dropped starters the monolith declares. */
    static List<String> notes(List<Library> libraries) {
        return libraries.stream()
            .map(Library::artifact)
            .filter(artifact -> artifact.groupId().equals(GROUP) && DROPPED.containsKey(artifact.artifactId()))
            .map(artifact -> "the monolith declares `" + artifact.artifactId() + "`, which Spring Boot 4 dropped: "
                    + DROPPED.get(artifact.artifactId()))
            .toList();
    }

}
