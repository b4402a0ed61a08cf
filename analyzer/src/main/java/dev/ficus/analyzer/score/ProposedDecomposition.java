package dev.ficus.analyzer.score;

import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of {@code analysis.json} that scoring reads: each candidate service with its
 * types, and the shared kernel and the platform, which count as one cluster each
 * ({@link #KERNEL}, {@link #PLATFORM}) so that pushing types into them is not free.
 *
 * @param clusterOf fully qualified type name to its service's name or {@link #KERNEL}
 */
public record ProposedDecomposition(SortedMap<String, String> clusterOf) {

    /** The name the shared kernel is scored under. */
    public static final String KERNEL = "shared-kernel";

    /** The name the platform (application-wide plumbing) is scored under. */
    public static final String PLATFORM = "platform";

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    public ProposedDecomposition {
        clusterOf = Collections.unmodifiableSortedMap(new TreeMap<>(clusterOf));
    }

    /** The services of {@code analysis.json}, bound to the few fields scoring needs. */
    record Document(List<Service> services, Kernel sharedKernel, Kernel platform) {
    }

    record Service(String name, List<String> types) {
    }

    record Kernel(List<String> types) {
    }

    /**
     * @throws InvalidInputException when the file is missing, not JSON, or lists no
     * service
     */
    public static ProposedDecomposition read(Path analysis) {
        if (!Files.isRegularFile(analysis)) {
            throw new InvalidInputException("analysis not found: " + analysis + " (run ./ficus analyze first)");
        }
        Document document;
        try {
            document = JSON.readValue(analysis.toFile(), Document.class);
        }
        catch (JacksonException e) {
            throw new InvalidInputException("analysis " + analysis + " is not valid: " + e.getOriginalMessage());
        }
        if (document.services() == null) {
            throw new InvalidInputException("analysis " + analysis + " has no \"services\" array");
        }
        SortedMap<String, String> clusterOf = new TreeMap<>();
        if (document.sharedKernel() != null && document.sharedKernel().types() != null) {
            document.sharedKernel().types().forEach(type -> clusterOf.put(type, KERNEL));
        }
        if (document.platform() != null && document.platform().types() != null) {
            document.platform().types().forEach(type -> clusterOf.put(type, PLATFORM));
        }
        for (Service service : document.services()) {
            if (service.name() == null || service.types() == null) {
                throw new InvalidInputException("analysis " + analysis + " has a service without name or types");
            }
            service.types().forEach(type -> clusterOf.put(type, service.name()));
        }
        return new ProposedDecomposition(clusterOf);
    }
}
