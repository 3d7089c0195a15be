package nl.rechtshulp.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read as written: a key given twice, a number where text belongs, a number for a code, {@code null} for a
 * yes/no, a NUL character (which no database stores as text) or a date outside the years a case can concern is a
 * 400 naming the field, not a guess.
 */
@Configuration
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .modulesToInstall(modules -> modules.add(new SimpleModule("strict-values")
                        .addDeserializer(String.class, new TextWithoutNul())
                        .addDeserializer(LocalDate.class, new DateWithinCaseYears())))
                .postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * A date within {@link CaseDates}' years, read as ISO text by Jackson's own reader. It wraps that reader rather
     * than extending it, because the reader replaces itself with a plain copy per property.
     */
    static final class DateWithinCaseYears extends StdScalarDeserializer<LocalDate> {

        DateWithinCaseYears() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !CaseDates.within(date)) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser,
                        "a date lies between " + CaseDates.EARLIEST + " and " + CaseDates.LATEST, date.toString(),
                        LocalDate.class);
            }
            return date;
        }
    }

    /** Text as given, but never with a NUL character. */
    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser,
                        "text may not contain a NUL character", text, String.class);
            }
            return text;
        }
    }
}
