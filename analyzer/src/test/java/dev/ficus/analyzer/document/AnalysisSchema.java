package dev.ficus.analyzer.document;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The published schema {@code docs/analysis.schema.json}, as users' own tooling would
 * load it.
 */
public final class AnalysisSchema {

    public static final Path FILE = Path.of("..", "docs", "analysis.schema.json");

    private static final Schema SCHEMA = load();

    private AnalysisSchema() {
    }

    /** What is wrong with the JSON text, empty when it fits the schema. */
    public static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(FILE), InputFormat.JSON);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
