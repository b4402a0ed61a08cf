package dev.ficus.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service boundaries a team committed, e.g. {@code ficus-boundaries.json}: the
 * {@code services} and {@code sharedKernel} of an {@code analysis.json}, as written or
 * edited, each service with an optional {@code api} of the types other services may use.
 * Every other property of an analysis is ignored, so the analysis itself is a valid
 * boundaries file.
 *
 * @param services the services, each with its types
 * @param sharedKernel types every service may use
 */
record Boundaries(List<Service> services, SharedKernel sharedKernel) {

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    Boundaries {
        services = services == null ? List.of() : List.copyOf(services);
        sharedKernel = sharedKernel == null ? new SharedKernel(List.of()) : sharedKernel;
    }

    /**
     * One service.
     *
     * @param name unique name
     * @param types its types: names or patterns ({@link TypePattern})
     * @param api the types other services may use: names or patterns; none when absent
     */
    record Service(String name, List<String> types, List<String> api) {

        Service {
            types = types == null ? List.of() : List.copyOf(types);
            api = api == null ? List.of() : List.copyOf(api);
        }
    }

    /**
     * Types left to a library every service links.
     *
     * @param types names or patterns
     */
    record SharedKernel(List<String> types) {

        SharedKernel {
            types = types == null ? List.of() : List.copyOf(types);
        }
    }

    /**
     * @throws InvalidBoundariesException when the file is missing, is not JSON or names a
     * service twice
     */
    static Boundaries read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidBoundariesException("boundaries file not found: " + file + " (commit the services "
                    + "of target/ficus/analysis.json there, edited or not)");
        }
        Boundaries boundaries;
        try {
            boundaries = JSON.readValue(file.toFile(), Boundaries.class);
        }
        catch (JacksonException e) {
            throw new InvalidBoundariesException(
                    "boundaries file " + file + " is not valid: " + e.getOriginalMessage());
        }
        if (boundaries == null || boundaries.services().isEmpty()) {
            throw new InvalidBoundariesException("boundaries file " + file + " has no \"services\"");
        }
        Set<String> names = new HashSet<>();
        Map<String, String> ownerOfType = new HashMap<>();
        boundaries.sharedKernel().types().forEach(type -> ownerOfType.put(type, "the shared kernel"));
        for (Service service : boundaries.services()) {
            if (service.name() == null || service.name().isBlank()) {
                throw new InvalidBoundariesException("boundaries file " + file + " has a service without a name");
            }
            if (!names.add(service.name())) {
                throw new InvalidBoundariesException(
                        "boundaries file " + file + " names service '" + service.name() + "' twice");
            }
            for (String type : service.types()) {
                String other = ownerOfType.putIfAbsent(type, "service '" + service.name() + "'");
                if (other != null) {
                    throw new InvalidBoundariesException("boundaries file " + file + " gives " + type + " to " + other
                            + " and to service '" + service.name() + "'");
                }
            }
        }
        return boundaries;
    }

    /** A boundaries file that cannot be used, with the one line that says why. */
    static final class InvalidBoundariesException extends RuntimeException {

        InvalidBoundariesException(String message) {
            super(message);
        }

    }
}
