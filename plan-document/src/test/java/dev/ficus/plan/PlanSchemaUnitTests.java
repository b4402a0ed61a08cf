package dev.ficus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published schema {@code docs/plan.schema.json} and the records that write and read
 * {@code plan.json} describe the same fields, and the schema accepts a real plan.
 */
class PlanSchemaUnitTests {

    static final Path FILE = Path.of("..", "docs", "plan.schema.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Each record of the plan and the schema definition describing it. */
    private static final Map<Class<? extends Record>, String> DEFINITIONS = Map.ofEntries(
            Map.entry(CandidatePlan.class, "candidate"), Map.entry(ExtractionScore.class, "extractionScore"),
            Map.entry(ExtractionScore.Term.class, "term"), Map.entry(Boundary.class, "boundary"),
            Map.entry(CrossingCall.class, "crossingCall"), Map.entry(RemoteOperation.class, "remoteOperation"),
            Map.entry(RemoteOperation.Field.class, "field"), Map.entry(DataMove.class, "dataMove"),
            Map.entry(DataMove.Table.class, "table"), Map.entry(DataMove.Column.class, "column"),
            Map.entry(DataMove.ForeignAccess.class, "foreignAccess"), Map.entry(Traffic.class, "traffic"),
            Map.entry(Traffic.Slo.class, "slo"), Map.entry(ChecklistStep.class, "checklistStep"),
            Map.entry(Risk.class, "risk"), Map.entry(CalledType.class, "calledType"),
            Map.entry(CalledType.Method.class, "method"), Map.entry(EventType.class, "eventType"));

    private final JsonNode schema = JSON.readTree(FILE.toFile());

    @Test
    void namesEveryFieldOfThePlanInOrder() {
        assertThat(schema.get("properties").propertyNames()).containsExactlyElementsOf(names(MigrationPlan.class));
        assertThat(schema.get("properties").get("schemaVersion").get("const").asInt())
            .isEqualTo(MigrationPlan.SCHEMA_VERSION);
    }

    @Test
    void describesEveryRecordOfThePlanWithExactlyItsFields() {
        DEFINITIONS.forEach(
                (type, definition) -> assertThat(schema.get("$defs").get(definition).get("properties").propertyNames())
                    .as(definition)
                    .containsExactlyElementsOf(names(type)));
        assertThat(schema.get("$defs").propertyNames()).hasSameSizeAs(DEFINITIONS.keySet());
    }

    @Test
    void acceptsThePlanOfTheShopFixture() throws IOException {
        assertThat(errors(Files.readString(PlanFixtures.SHOP_PLAN))).isEmpty();
    }

    @Test
    void rejectsAPlanWithAnUnknownFieldOrAMissingOne() throws IOException {
        ObjectNode extra = (ObjectNode) JSON.readTree(PlanFixtures.SHOP_PLAN.toFile());
        extra.put("comment", "not in the schema");
        ObjectNode missing = (ObjectNode) JSON.readTree(PlanFixtures.SHOP_PLAN.toFile());
        missing.remove("candidates");

        assertThat(errors(extra.toString())).singleElement().asString().contains("comment");
        assertThat(errors(missing.toString())).singleElement().asString().contains("candidates");
    }

    /** What is wrong with the JSON text, as users' own tooling would report it. */
    static List<String> errors(String json) throws IOException {
        Schema loaded = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(FILE), InputFormat.JSON);
        return loaded.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

}
