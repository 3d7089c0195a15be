package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/** Which task queries can only find tasks through the caller's own candidate groups. */
class EngineAuthorizationManagerTests {

    private static final List<String> CALLER = List.of("ircRotterdam", "rechtshulp");

    @Test
    void aQueueOfTheCallersOwnGroupsNeedsNoGrantJoin() {
        assertThat(covered(query().taskCandidateGroup("ircRotterdam"))).isTrue();
        assertThat(covered((TaskQueryImpl) query().taskCandidateGroupIn(List.of("ircRotterdam", "rechtshulp"))
                .includeAssignedTasks().orderByDueDate().asc())).isTrue();
    }

    @Test
    void anythingWiderKeepsTheEnginesCheck() {
        assertThat(covered(query())).as("no candidate group").isFalse();
        assertThat(covered(query().taskCandidateGroup("ircAmsterdam"))).as("another authority's group").isFalse();
        assertThat(covered((TaskQueryImpl) query().taskCandidateGroupIn(List.of("ircRotterdam", "ircAmsterdam"))))
                .as("one group not the caller's").isFalse();
        assertThat(covered((TaskQueryImpl) query().taskCandidateGroup("ircRotterdam").or()
                .taskName("Ander werk").processInstanceBusinessKey("RH-2026-000001").endOr()))
                .as("OR-criteria").isFalse();
        assertThat(covered(query().taskCandidateUser("ircrotterdam"))).as("a candidate user").isFalse();
        assertThat(covered((TaskQueryImpl) query().taskCandidateGroupLike("irc%"))).as("a pattern").isFalse();
        assertThat(covered((TaskQueryImpl) query().taskCandidateGroup("ircRotterdam").taskInvolvedUser("someone")))
                .as("an involved user").isFalse();
        assertThat(EngineAuthorizationManager.onlyThroughOwnCandidateGroups(query().taskCandidateGroup("ircRotterdam"),
                null)).as("a caller without groups").isFalse();
    }

    private static TaskQueryImpl query() {
        return new TaskQueryImpl();
    }

    private static boolean covered(TaskQueryImpl query) {
        return EngineAuthorizationManager.onlyThroughOwnCandidateGroups(query, CALLER);
    }
}
