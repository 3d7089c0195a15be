package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's task query SQL (as Camunda 7.24 writes it for PostgreSQL) before and after the rewrite. */
class CandidateQueueSemiJoinTests {

    private static final String COLUMNS = """
            RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_, RES.DUE_DATE_, RES.TENANT_ID_
            """;

    private static final String QUEUE = """
            select distinct %s
                from ACT_RU_TASK RES
                left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
                WHERE  (
                    1 = 1 and
                          (  RES.ASSIGNEE_ is null
                            and I.TYPE_ = 'candidate'
                              and
                              (
                                I.GROUP_ID_ IN
                                (
                                  ?
                                 ,
                                  ?
                                )
                              ) )
                    )
                  and (RES.TENANT_ID_ is null
                  )
                order by RES.DUE_DATE_ asc
                LIMIT ? OFFSET ?
            """.formatted(COLUMNS);

    @Test
    void aQueueOfCandidateGroupsBecomesASemiJoinWithoutDistinctAndItsParametersInOrder() {
        String rewritten = CandidateQueueSemiJoin.semiJoin(QUEUE);

        assertThat(rewritten).isNotNull().doesNotContainIgnoringCase("distinct").doesNotContainIgnoringCase("join")
                .contains("exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_"
                        + " and I.TYPE_ = 'candidate' and I.GROUP_ID_ in (")
                .contains("RES.ASSIGNEE_ is null").contains("order by RES.DUE_DATE_ asc");
        assertThat(rewritten.chars().filter(c -> c == '?').count()).isEqualTo(4);
        assertThat(rewritten.replaceAll("\\s+", " "))
                .containsSubsequence("I.GROUP_ID_ in ( ? , ? ))", "LIMIT ? OFFSET ?");
    }

    @Test
    void theCountKeepsItsDistinctOnTheId() {
        String count = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ " + QUEUE.substring(QUEUE.indexOf("from"),
                QUEUE.indexOf("order by")) + ") countDistinct";

        String rewritten = CandidateQueueSemiJoin.semiJoin(count);

        assertThat(rewritten).isNotNull().startsWith("SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_")
                .contains("exists (select 1 from ACT_RU_IDENTITYLINK I").doesNotContainIgnoringCase("join");
    }

    @Test
    void assignedTasksIncludedLeaveTheExistsFirstInItsBrackets() {
        String rewritten = CandidateQueueSemiJoin.semiJoin(QUEUE.replace("RES.ASSIGNEE_ is null\n", "")
                .replace("          and I.TYPE_", "          I.TYPE_"));

        assertThat(rewritten).isNotNull().doesNotContain("ASSIGNEE_");
        assertThat(rewritten.replaceAll("\\s+", " ")).contains("( exists (select 1 from ACT_RU_IDENTITYLINK I");
    }

    @Test
    void theTasksProcessDefinitionMayBeJoined() {
        String withDefinition = QUEUE.replace("    WHERE", "    inner join\n    ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_\n    WHERE")
                .replace("1 = 1 and", "1 = 1 and D.KEY_ = ? and");

        String rewritten = CandidateQueueSemiJoin.semiJoin(withDefinition);

        assertThat(rewritten).isNotNull().contains("ACT_RE_PROCDEF D on").contains("exists (select 1");
    }

    @Test
    void everyOtherShapeIsLeftAsTheEngineWroteIt() {
        assertThat(CandidateQueueSemiJoin.semiJoin(QUEUE.replace("I.GROUP_ID_ IN", "I.USER_ID_ = ? or I.GROUP_ID_ IN")))
                .as("a candidate user beside the groups").isNull();
        assertThat(CandidateQueueSemiJoin.semiJoin(QUEUE.replace("    WHERE",
                "    left join ACT_RU_AUTHORIZATION AUTH ON (AUTH.RESOURCE_ID_ in (RES.ID_, '*'))\n    WHERE")))
                .as("the grant join").isNull();
        assertThat(CandidateQueueSemiJoin.semiJoin(QUEUE.replace("order by RES.DUE_DATE_ asc",
                "order by I.GROUP_ID_ asc"))).as("the link table used elsewhere").isNull();
        assertThat(CandidateQueueSemiJoin.semiJoin(QUEUE.replace("I.GROUP_ID_ IN", "I.GROUP_ID_ LIKE ? or I.GROUP_ID_ IN")))
                .as("a pattern").isNull();
        assertThat(CandidateQueueSemiJoin.semiJoin("select distinct RES.* from ACT_RU_TASK RES WHERE RES.ID_ = ?"))
                .as("no candidate join").isNull();
    }
}
