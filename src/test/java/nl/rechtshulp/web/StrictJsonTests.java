package nl.rechtshulp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application's JSON reader, as Boot builds it with the strict settings on top. */
class StrictJsonTests {

    record Form(LocalDate birthDate, String name) {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(StrictJson.class);

    @Test
    void aDateOutsideTheYearsACaseConcernsIsRefusedNamingTheField() {
        context.run(beans -> {
            ObjectMapper mapper = beans.getBean(ObjectMapper.class);
            assertThat(mapper.readValue("{\"birthDate\":\"1900-01-01\"}", Form.class).birthDate())
                    .isEqualTo(LocalDate.of(1900, 1, 1));
            assertThat(mapper.readValue("{\"birthDate\":\"2199-12-31\"}", Form.class).birthDate())
                    .isEqualTo(LocalDate.of(2199, 12, 31));
            for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "1899-12-31", "2200-01-01"}) {
                assertThatThrownBy(() -> mapper.readValue("{\"birthDate\":\"" + date + "\"}", Form.class))
                        .as(date).isInstanceOf(InvalidFormatException.class)
                        .satisfies(e -> assertThat(((InvalidFormatException) e).getPath().get(0).getFieldName())
                                .isEqualTo("birthDate"));
            }
            assertThatThrownBy(() -> mapper.convertValue(Map.of("birthDate", "+999999999-12-31"), Form.class))
                    .hasRootCauseInstanceOf(InvalidFormatException.class);
        });
    }

    @Test
    void bootsOwnModulesStayInstalledBesideTheStrictOnes() {
        context.run(beans -> {
            ObjectMapper mapper = beans.getBean(ObjectMapper.class);
            assertThat(mapper.getRegisteredModuleIds()).contains("jackson-datatype-jsr310");
            assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\\u0000b\"}", Form.class))
                    .isInstanceOf(InvalidFormatException.class);
        });
    }
}
