package dev.ficus.analyzer.extract;

import dev.ficus.analyzer.extract.MonolithBuild.Dependency;
import dev.ficus.analyzer.extract.MonolithBuild.Library;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The starters a Spring Boot 3 monolith may declare that Spring Boot 4, which the service
 * runs on, renamed or dropped: the {@code org.springframework.boot} artifacts Spring Boot
 * 3.5.7's BOM manages and 4.0.7's does not, with the migration guide's replacement. The
 * service's {@code pom.xml} gives them no version, so one left as it is fails its build.
 */
final class BootFourStarters {

    private static final String GROUP = "org.springframework.boot";

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
     * The library as the service declares it: renamed, another in its place, or none.
     */
    static Optional<Library> inService(Library library) {
        Dependency artifact = library.artifact();
        if (!artifact.groupId().equals(GROUP) || !artifact.version().isEmpty()) {
            return Optional.of(library);
        }
        String name = RENAMED.getOrDefault(artifact.artifactId(), REPLACED_BY.get(artifact.artifactId()));
        if (name != null) {
            return Optional.of(new Library(new Dependency(GROUP, name, ""), library.classifier(), library.type(),
                    library.scope(), library.exclusions()));
        }
        return DROPPED.containsKey(artifact.artifactId()) ? Optional.empty() : Optional.of(library);
    }

    /** What the service does instead of the dropped starters the monolith declares. */
    static List<String> notes(List<Library> libraries) {
        return libraries.stream()
            .map(Library::artifact)
            .filter(artifact -> artifact.groupId().equals(GROUP) && artifact.version().isEmpty())
            .filter(artifact -> DROPPED.containsKey(artifact.artifactId()))
            .map(artifact -> "the monolith declares `" + artifact.artifactId() + "`, which Spring Boot 4 dropped: "
                    + DROPPED.get(artifact.artifactId()))
            .toList();
    }

}
