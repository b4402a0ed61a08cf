package dev.ficus.analyzer.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published schema and the records that write and read the document describe the same
 * fields.
 */
class AnalysisSchemaUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Path SHOP = Path.of("src/test/resources/fixtures/plan/shop/analysis.json");

    /** Each record of the document and the schema definition describing it. */
    private static final Map<Class<? extends Record>, String> DEFINITIONS = Map.ofEntries(
            Map.entry(AnalysisDocument.Input.class, "input"), Map.entry(AnalysisDocument.Stats.class, "stats"),
            Map.entry(AnalysisDocument.Resolution.class, "resolution"),
            Map.entry(AnalysisDocument.Metrics.class, "metrics"), Map.entry(AnalysisDocument.Service.class, "service"),
            Map.entry(AnalysisDocument.ServiceFigures.class, "serviceFigures"),
            Map.entry(AnalysisDocument.EntryPointInfo.class, "entryPoint"),
            Map.entry(AnalysisDocument.SharedKernel.class, "sharedKernel"),
            Map.entry(AnalysisDocument.SharedTable.class, "sharedTable"),
            Map.entry(AnalysisDocument.TypeInfo.class, "type"), Map.entry(AnalysisDocument.Evidence.class, "evidence"),
            Map.entry(AnalysisDocument.Neighbour.class, "neighbour"),
            Map.entry(AnalysisDocument.DependencyInfo.class, "dependency"),
            Map.entry(AnalysisDocument.CallSite.class, "callSite"),
            Map.entry(AnalysisDocument.Operation.class, "operation"), Map.entry(AnalysisDocument.Field.class, "field"),
            Map.entry(TableSpec.class, "entityTable"), Map.entry(TableSpec.Column.class, "column"),
            Map.entry(AnalysisDocument.TableAccessInfo.class, "tableAccess"),
            Map.entry(AnalysisDocument.DiagnosticInfo.class, "diagnostic"), Map.entry(CalledType.class, "calledType"),
            Map.entry(CalledType.Method.class, "method"), Map.entry(EventType.class, "eventType"));

    private final JsonNode schema = JSON.readTree(AnalysisSchema.FILE.toFile());

    @Test
    void namesEveryFieldOfTheDocumentInOrder() {
        assertThat(schema.get("properties").propertyNames()).containsExactlyElementsOf(names(AnalysisDocument.class));
        assertThat(schema.get("properties").get("schemaVersion").get("const").asInt())
            .isEqualTo(AnalysisDocument.SCHEMA_VERSION);
    }

    @Test
    void describesEveryRecordOfTheDocumentWithExactlyItsFields() {
        List<Class<?>> nested = new ArrayList<>(Arrays.asList(AnalysisDocument.class.getDeclaredClasses()));
        nested.removeIf(type -> !type.isRecord());
        assertThat(DEFINITIONS.keySet().stream().map(type -> type.getName()).toList())
            .containsAll(nested.stream().map(Class::getName).toList());
        DEFINITIONS.forEach(
                (type, definition) -> assertThat(schema.get("$defs").get(definition).get("properties").propertyNames())
                    .as(definition)
                    .containsExactlyElementsOf(names(type)));
        assertThat(schema.get("$defs").propertyNames()).hasSameSizeAs(DEFINITIONS.keySet());
    }

    @Test
    void acceptsTheDocumentOfTheShopFixture() throws IOException {
        assertThat(AnalysisSchema.errors(Files.readString(SHOP))).isEmpty();
    }

    @Test
    void rejectsADocumentWithAnUnknownFieldOrAMissingOne() throws IOException {
        ObjectNode extra = (ObjectNode) JSON.readTree(SHOP.toFile());
        extra.put("comment", "not in the schema");
        ObjectNode missing = (ObjectNode) JSON.readTree(SHOP.toFile());
        missing.remove("services");

        assertThat(AnalysisSchema.errors(extra.toString())).singleElement().asString().contains("comment");
        assertThat(AnalysisSchema.errors(missing.toString())).singleElement().asString().contains("services");
    }

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

}
