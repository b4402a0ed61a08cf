package dev.ficus.problemdetails;

import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as the shop reads it: bounded ({@link StreamReadConstraints} from
 * {@code ficus.http.*}) and without silent coercion, so {@code 1.5} or {@code "5"} for a
 * whole number, {@code "12.50"} for an amount or {@code 7} for a text is a 400 naming the
 * field instead of a value nobody sent.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    /**
     * Boot's own builder bean with a bounded parser factory: the factory is fixed when a
     * builder is created, so a {@link JsonMapperBuilderCustomizer} cannot set its
     * constraints. Boot's customizers are applied as Boot does.
     */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(HttpLimitsProperties limits, List<JsonMapperBuilderCustomizer> customizers) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxBodySize().toBytes())
            .maxNestingDepth(limits.maxJsonDepth())
            .build();
        JsonMapper.Builder builder = JsonMapper
            .builder(JsonFactory.builder().streamReadConstraints(constraints).build());
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    @Bean
    JsonMapperBuilderCustomizer noSilentCoercion() {
        return builder -> builder
            .withCoercionConfig(LogicalType.Integer,
                    config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float,
                    config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean,
                    config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual,
                    config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

}
