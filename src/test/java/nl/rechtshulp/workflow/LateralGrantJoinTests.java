package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's grant join (as Camunda 7.24 writes it for PostgreSQL) before and after the rewrite. */
class LateralGrantJoinTests {

    private static final String VARIABLES = """
            select distinct RES.* from (
                  select RES.*, EXECUTION.ACT_INST_ID_
                  from ACT_RU_VARIABLE RES
                  left join ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ = EXECUTION.ID_
                  left join ACT_RU_EXECUTION PROC_EXECUTION on PROC_EXECUTION.ID_ = RES.PROC_INST_ID_
                  left join ACT_RE_PROCDEF PROCDEF on PROCDEF.ID_ = PROC_EXECUTION.PROC_DEF_ID_
             left join
            (
            SELECT A.*
            FROM ACT_RU_AUTHORIZATION A
            WHERE A.TYPE_ < 2
            AND ( A.USER_ID_ in ( ?, '*')
              OR A.GROUP_ID_ IN  (  ? )
            )
              AND (
                 (
                  A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
                 OR
                  A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
                 )
              )
            )
                      AUTH ON (AUTH.RESOURCE_ID_ IN (
                        RES.PROC_INST_ID_
                        , PROCDEF.KEY_
                        , RES.TASK_ID_
                        , '*'
                        )
                      )
                   WHERE  RES.NAME_ in ( ? , ? )
                  and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
            ) RES
            order by RES.ID_ asc
            LIMIT ? OFFSET ?
            """;

    @Test
    void theGrantJoinBecomesALookupOfOneGrantByTheRowsOwnResourcesWithItsParametersInOrder() {
        String rewritten = LateralGrantJoin.lateral(VARIABLES);

        assertThat(rewritten).isNotNull().doesNotContain("AUTH ON (")
                .contains("left join lateral (select A.* from ACT_RU_AUTHORIZATION A where")
                .contains("AUTH.RESOURCE_ID_ IS NOT NULL");
        String flat = rewritten.replaceAll("\\s+", " ");
        assertThat(flat).containsSubsequence("A.USER_ID_ in ( ?, '*')", "A.GROUP_ID_ IN ( ? )",
                "A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?",
                "and A.RESOURCE_ID_ in ( RES.PROC_INST_ID_ , PROCDEF.KEY_ , RES.TASK_ID_ , '*' ) limit 1) AUTH on true",
                "RES.NAME_ in ( ? , ? )", "LIMIT ? OFFSET ?");
        assertThat(rewritten.chars().filter(c -> c == '?').count())
                .isEqualTo(VARIABLES.chars().filter(c -> c == '?').count());
    }

    @Test
    void anInnerGrantJoinStaysInner() {
        String rewritten = LateralGrantJoin.lateral(VARIABLES.replace(" left join\n(", " inner join\n("));

        assertThat(rewritten).isNotNull().contains("inner join lateral (select A.*");
    }

    @Test
    void grantChecksOfSeveralPartsAndOtherShapesAreLeftAsTheEngineWroteThem() {
        assertThat(LateralGrantJoin.lateral(VARIABLES.replace("OR (AUTH.RESOURCE_ID_ IS NOT NULL)",
                "OR (AUTH.RESOURCE_ID_ IS NOT NULL AND AUTH1.RESOURCE_ID_ IS NOT NULL)"))).as("a second grant").isNull();
        assertThat(LateralGrantJoin.lateral(VARIABLES.replace("RES.PROC_INST_ID_\n", "coalesce(RES.PROC_INST_ID_, ?)\n")))
                .as("resources with parameters or expressions").isNull();
        assertThat(LateralGrantJoin.lateral("select * from ACT_RU_TASK RES where RES.ID_ = ?")).as("no grant").isNull();
    }

    @Test
    void onlyPostgresGetsTheLateralForm() {
        assertThat(new EngineSqlRewrites("postgres").rewrite(VARIABLES)).contains("join lateral");
        assertThat(new EngineSqlRewrites("h2").rewrite(VARIABLES)).isNull();
    }
}
