package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.boundaries.SharedKernel;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The part of {@code analysis.json} a plan builds on: the analysed path, the candidate services and the
 * shared kernel.
 *
 * @param path the analysed folder as written by {@code ficus analyze}
 * @param services candidate services, sorted by name
 * @param sharedKernel types left to a shared library
 */
public record Analysis(String path, List<CandidateService> services, SharedKernel sharedKernel) {

    /** The only {@code analysis.json} schema this version of Ficus reads. */
    public static final int SCHEMA_VERSION = 1;

    public Analysis {
        services = services.stream().sorted(Comparator.comparing(CandidateService::name)).toList();
    }

    public Optional<CandidateService> service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    /** The candidate owning a type, or empty when the type is in the shared kernel or unknown. */
    public Optional<String> candidateOf(String type) {
        return services.stream().filter(service -> service.types().contains(type)).map(CandidateService::name)
                .findFirst();
    }
}
