package dev.ficus.analyzer.extract;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to extract: one candidate of a plan, into a new folder.
 *
 * @param plan the {@code plan.json} written by {@code ficus plan}
 * @param candidate the candidate's name
 * @param out the project's folder; must not exist or be empty unless {@code force}
 * @param monolithJar the monolith's jar (plain or Spring Boot), copied into the project;
 * empty to depend on the monolith's published artifact instead
 * @param force replace a folder that is not empty
 * @param ficusCheckout the Ficus checkout the command runs from, whose {@code ./ficus}
 * and {@code ./mvnw} the README's next steps run; empty when not known
 */
public record ExtractRequest(Path plan, String candidate, Path out, Optional<Path> monolithJar, boolean force,
        Optional<Path> ficusCheckout) {

    /** A request that knows no Ficus checkout. */
    public ExtractRequest(Path plan, String candidate, Path out, Optional<Path> monolithJar, boolean force) {
        this(plan, candidate, out, monolithJar, force, Optional.empty());
    }

}
