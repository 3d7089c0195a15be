package nl.rechtshulp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.LifecycleDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's history tables keep only what is read from them, and what auditors and coordinators read of a request
 * is still all there: every variable with its value in the audit trail, the decisions, the phases and the tasks.
 */
@IntegrationTest
class EngineHistoryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClosedRequestLeavesNoVariableHistoryInTheEngineAndEveryValueInTheAuditTrail() {
        var driver = new LifecycleDriver(List.of("http://localhost:" + port));
        String reference = driver.register("EH-" + System.nanoTime());
        driver.carryToClosure(reference);
        List<String> processes = jdbc.queryForList(
                "select id_ from act_hi_procinst where business_key_ = ? and end_time_ is not null", String.class, reference);
        assertThat(processes).as("the request and its called results transfer, both ended").hasSize(2);
        String ids = String.join("','", processes);

        assertThat(count("act_hi_varinst", ids)).as("variable instances").isZero();
        assertThat(count("act_hi_detail", ids)).as("variable details").isZero();
        assertThat(jdbc.queryForList("select distinct act_type_ from act_hi_actinst where proc_inst_id_ in ('" + ids + "')",
                String.class)).as("only timers' activity instances").allMatch(type -> type.endsWith("Timer") || type.equals("startTimerEvent"));
        assertThat(jdbc.queryForList("select task_def_key_ from act_hi_taskinst where proc_inst_id_ in ('" + ids
                + "') and end_time_ is not null order by start_time_", String.class))
                .as("every task, ended").containsExactlyElementsOf(LifecycleDriver.STEPS.subList(1, 7));
        assertThat(jdbc.queryForObject("select count(*) from act_hi_op_log where proc_inst_id_ in ('" + ids
                + "') and operation_type_ = 'Complete'", Long.class))
                .as("a completed task leaves the Tasklist; its completion is in the audit trail").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where proc_inst_id_ in ('" + ids + "')",
                Long.class)).as("nothing left running").isZero();

        var auditor = ApiClient.as(port, "auditor", "demo");
        var timeline = auditor.get("/api/requests/" + reference + "/audit");
        assertThat(timeline.status()).isEqualTo(200);
        List<JsonNode> entries = StreamSupport.stream(timeline.body().path("entries").spliterator(), false).toList();
        // The form values the driver entered, as they were set, and what the process set itself.
        Map<String, String> expected = Map.of("resultsSummary", "Getuige gehoord", "executedOn", "2026-11-20",
                "officerOfJustice", "mr. Jansen", "handOverChannel", "DIRECT", "closingNote", "Afgerond",
                "reference", reference, "requestingState", "DK");
        expected.forEach((name, value) -> assertThat(entries).as(name).anyMatch(entry ->
                "VARIABLE_SET".equals(entry.path("action").asText()) && name.equals(entry.path("subject").asText())
                        && value.equals(entry.path("after").asText())));
        assertThat(entries.stream().filter(entry -> "VARIABLE_SET".equals(entry.path("action").asText())
                && "requestingStateName".equals(entry.path("subject").asText())))
                .as("set once by the request's process, not again as the results transfer's copy").hasSize(1);
        assertThat(entries).as("a completion is recorded once").noneMatch(entry ->
                "USER_OPERATION".equals(entry.path("action").asText()) && entry.path("subject").asText().contains("Complete"));
        assertThat(entries.stream().filter(entry -> "DECISION".equals(entry.path("action").asText())))
                .as("one decision per completed task").hasSize(6);
        assertThat(entries.stream().filter(entry -> "TASK_COMPLETED".equals(entry.path("action").asText())))
                .allMatch(entry -> !entry.path("actor").asText().isBlank()).hasSize(6);

        JsonNode status = ApiClient.as(port, "coordinator", "demo").get("/api/requests/" + reference).body();
        assertThat(status.path("phase").asText()).isEqualTo("CLOSED");
        assertThat(StreamSupport.stream(status.path("phaseHistory").spliterator(), false)
                .map(entry -> entry.path("phase").asText()).distinct().toList())
                .containsExactly("INTAKE", "COORDINATION", "ANALYSIS", "FOLLOW_UP", "CLOSED");
    }

    private long count(String table, String ids) {
        return jdbc.queryForObject("select count(*) from " + table + " where proc_inst_id_ in ('" + ids + "')", Long.class);
    }
}
