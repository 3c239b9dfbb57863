package dev.roster.enrollment.web.input;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as they are written, never coerced: a value of the wrong JSON type is a
 * field error, not a guess. Jackson would otherwise store capacity {@code 5.7} as 5, {@code "5"} as
 * 5, status {@code 1} as OPEN and startsAt {@code 1e308} as 1970. Only a JSON string becomes a
 * string, an enum or an instant; every decoded string passes {@link GuardedStringDeserializer}.
 * Number and nesting limits of the parser itself are in application.yml
 * ({@code spring.jackson.factory.constraints.read}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                // a field named twice is ambiguous: another reader may take the first value where Jackson
                // takes the last (found from outside: a sign-up with two emails created the second)
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfigDefaults(config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                // a JSON string is the natural shape of these, not a coercion
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Enum, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.DateTime, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .addModule(new SimpleModule("roster-strict-input")
                        .setDeserializerModifier(new ExactEnumNames())
                        .addDeserializer(String.class, new GuardedStringDeserializer())
                        .addDeserializer(java.time.Instant.class, new IsoInstantDeserializer()));
    }
}
