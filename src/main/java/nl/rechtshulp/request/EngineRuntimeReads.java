package nl.rechtshulp.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A request's open tasks (with their candidate groups) and timers, read straight from the engine's runtime tables:
 * one query each. The caller has already been checked against the request itself, so the engine's query API, which
 * checks every row against the caller's grants and builds its SQL anew per call, would only repeat that at a cost a
 * status read pays on every step.
 */
@Component
class EngineRuntimeReads {

    /** An open task as the engine holds it; {@code groups} are its candidate groups, sorted. */
    record TaskRow(String id, String taskKey, String name, String definitionId, String assignee, Instant due,
                   Instant followUp, List<String> groups) {
    }

    /** A timer that will fire: the activity it belongs to, in which process definition, and when. */
    record TimerRow(String activityId, String definitionId, Instant due) {
    }

    private final JdbcTemplate jdbc;

    EngineRuntimeReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open tasks of every process instance with this business key, oldest first (the Tasklist's order of arrival). */
    List<TaskRow> tasksOf(RequestReference reference) {
        Map<String, TaskRow> byId = new LinkedHashMap<>();
        jdbc.query("""
                select t.id_, t.task_def_key_, t.name_, t.proc_def_id_, t.assignee_, t.due_date_, t.follow_up_date_,
                       l.group_id_
                from act_ru_task t
                join act_ru_execution p on p.id_ = t.proc_inst_id_
                left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null
                where p.business_key_ = ?
                order by t.create_time_, t.id_, l.group_id_""",
                row -> {
                    String id = row.getString(1);
                    TaskRow task = byId.get(id);
                    if (task == null) {
                        task = new TaskRow(id, row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                                instant(row.getTimestamp(6)), instant(row.getTimestamp(7)), new ArrayList<>());
                        byId.put(id, task);
                    }
                    String group = row.getString(8);
                    if (group != null) {
                        task.groups().add(group);
                    }
                }, reference.value());
        return byId.values().stream().map(task -> new TaskRow(task.id(), task.taskKey(), task.name(),
                task.definitionId(), task.assignee(), task.due(), task.followUp(), List.copyOf(task.groups()))).toList();
    }

    /** Timers of every process instance with this business key. */
    List<TimerRow> timersOf(RequestReference reference) {
        return jdbc.query("""
                select d.act_id_, j.process_def_id_, j.duedate_
                from act_ru_job j
                join act_ru_jobdef d on d.id_ = j.job_def_id_
                join act_ru_execution p on p.id_ = j.process_instance_id_
                where p.business_key_ = ? and j.type_ = 'timer'""",
                (row, number) -> new TimerRow(row.getString(1), row.getString(2), instant(row.getTimestamp(3))),
                reference.value());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
