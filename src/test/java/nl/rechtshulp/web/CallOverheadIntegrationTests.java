package nl.rechtshulp.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import jakarta.servlet.Filter;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every call passes through and nobody reads is gone, and what operations read stays: no filter in front of
 * each logger's level check, no lookup of Spring MVC's handler around Spring Security's chain, and the HTTP server's
 * request metrics still on the metrics endpoint.
 */
@IntegrationTest
class CallOverheadIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityChain;

    @Test
    void noLoggerLevelCheckPassesAFilter() {
        var loggers = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(loggers.getTurboFilterList()).isEmpty();
    }

    @Test
    void springSecurityChainIsNotWrappedInAHandlerLookup() {
        assertThat(securityChain.getClass().getName()).doesNotContain("WebMvcSecurityConfiguration");
    }

    @Test
    void theHttpServerRequestMetricsStay() {
        var coordinator = ApiClient.as(port, "coordinator", "demo");
        assertThat(coordinator.get("/api/requests?size=1").status()).isEqualTo(200);

        String metrics = coordinator.get("/actuator/prometheus").body().asText();

        assertThat(metrics).contains("http_server_requests_seconds_count{").doesNotContain("logback_events_total");
    }
}
