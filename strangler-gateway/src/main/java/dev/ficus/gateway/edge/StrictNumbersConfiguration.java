package dev.ficus.gateway.edge;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * No silent coercion of numbers: {@code 12.7} is not the integer 12 and {@code "50"} is
 * not the number 50; such input is refused (400) instead of being stored as something the
 * caller did not send.
 */
@Configuration(proxyBeanMethods = false)
class StrictNumbersConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictNumbers() {
        return builder -> builder
            .withCoercionConfig(LogicalType.Integer,
                    config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float,
                    config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

}
