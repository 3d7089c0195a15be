package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedObjectMapperTests {

    @Test
    void everyCallGetsTheSameMapperConfiguredAsCamundasOwn() throws Exception {
        var resolver = new EngineRestConfiguration.SharedObjectMapper();

        var first = resolver.getContext(Object.class);
        var second = resolver.getContext(Map.class);

        assertThat(second).isSameAs(first);
        // Camunda's REST date format (yyyy-MM-dd'T'HH:mm:ss.SSSZ), not Jackson's default of epoch milliseconds.
        assertThat(first.writeValueAsString(Map.of("due", new Date(0))))
                .matches("\\{\"due\":\"19[67]\\d-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00\\.000[+-]\\d{4}\"}");
    }
}
