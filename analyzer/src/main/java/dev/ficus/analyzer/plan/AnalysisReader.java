package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.boundaries.SharedKernel;
import dev.ficus.analyzer.graph.EntryPoint;
import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code analysis.json} (schema version 1), turning every problem with the file into one clear message. */
public final class AnalysisReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnalysisReader() {
    }

    /**
     * @throws InvalidInputException when the file is missing, is not JSON, has another schema version or lacks
     *         the candidate services
     */
    public static Analysis read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("analysis not found: " + file + " (run ./ficus analyze first)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new InvalidInputException("analysis is not valid JSON: " + file + " (" + e.getOriginalMessage()
                    + ")");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version != Analysis.SCHEMA_VERSION) {
            throw new InvalidInputException("analysis " + file + " has schemaVersion " + root.path("schemaVersion")
                    + ", this Ficus reads " + Analysis.SCHEMA_VERSION + " (re-run ./ficus analyze)");
        }
        if (!root.path("services").isArray()) {
            throw new InvalidInputException("analysis " + file + " has no \"services\" array");
        }
        List<CandidateService> services = new ArrayList<>();
        for (JsonNode service : root.path("services")) {
            services.add(service(service, file));
        }
        JsonNode kernel = root.path("sharedKernel");
        return new Analysis(root.path("input").path("path").asString(""), services,
                new SharedKernel(strings(kernel.path("types")), kernel.path("reason").asString("")));
    }

    private static CandidateService service(JsonNode service, Path file) {
        String name = service.path("name").asString("");
        if (name.isBlank()) {
            throw new InvalidInputException("analysis " + file + " has a service without a name");
        }
        List<EntryPoint> entryPoints = new ArrayList<>();
        for (JsonNode entryPoint : service.path("entryPoints")) {
            entryPoints.add(new EntryPoint(entryPoint.path("type").asString(""),
                    kind(entryPoint.path("kind").asString(""), file),
                    entryPoint.path("detail").asString(""), entryPoint.path("method").asString("")));
        }
        return new CandidateService(name, strings(service.path("types")), entryPoints, strings(service.path("tables")));
    }

    private static EntryPoint.Kind kind(String kind, Path file) {
        try {
            return EntryPoint.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("analysis " + file + " has an entry point of unknown kind '" + kind + "'");
        }
    }

    private static TreeSet<String> strings(JsonNode array) {
        TreeSet<String> result = new TreeSet<>();
        array.forEach(value -> result.add(value.asString()));
        return result;
    }
}
