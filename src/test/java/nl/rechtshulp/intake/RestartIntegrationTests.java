package nl.rechtshulp.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.RechtshulpApplication;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.DatabaseProfiles;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.PostgresAvailable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A request registered before a restart is still there after it, where it was, and can be worked on. */
@ExtendWith(PostgresAvailable.class)
class RestartIntegrationTests {

    @TempDir
    Path dataDirectory;

    @Test
    void requestsAndTheirTasksSurviveARestart() {
        String reference;
        try (var first = start()) {
            reference = ApiClient.as(port(first), "ircamsterdam", "demo")
                    .post("/api/requests", IncomingRequests.fromUae()).body().path("reference").asText();
            complete(first, "ircamsterdam", reference, Map.of("requestComplete", "true"));
        }

        try (var second = start()) {
            JsonNode request = ApiClient.as(port(second), "airs", "demo").get("/api/requests/" + reference).body();
            assertThat(request.path("phase").asText()).isEqualTo("COORDINATION");
            assertThat(request.path("openTasks").get(0).path("taskKey").asText()).isEqualTo("Task_AssessAsCentralAuthority");

            complete(second, "airs", reference, Map.of("centralAuthorityAccepts", "true", "reason", "Verdrag van toepassing"));
            JsonNode after = ApiClient.as(port(second), "airs", "demo").get("/api/requests/" + reference).body();
            assertThat(after.path("openTasks").get(0).path("taskKey").asText()).isEqualTo("Task_AssignCompetentAuthority");
        }
    }

    private ConfigurableApplicationContext start() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        // Its own engine name: other test contexts in this JVM keep the default engine to themselves.
        properties.put("camunda.bpm.process-engine-name", "restart");
        if (!DatabaseProfiles.onPostgres()) {
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dataDirectory.resolve("rechtshulp"));
        }
        return new SpringApplicationBuilder(RechtshulpApplication.class)
                .profiles(new DatabaseProfiles().resolve(getClass()))
                .properties(properties)
                .run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static void complete(ConfigurableApplicationContext context, String userId, String reference,
                                 Map<String, Object> values) {
        TaskService tasks = context.getBean(TaskService.class);
        IdentityService identity = context.getBean(IdentityService.class);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
        identity.setAuthentication(userId, groups);
        try {
            tasks.claim(taskId, userId);
            tasks.complete(taskId, values);
        } finally {
            identity.clearAuthentication();
        }
    }
}
