package nl.rechtshulp.workflow;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the engine's task query for a queue of candidate groups as a semi-join: "tasks for which a candidate link to
 * one of these groups exists" instead of "tasks joined to their links, made distinct". Both find the same tasks; the
 * join form makes PostgreSQL collect and de-duplicate every task of the groups before it can sort by due date and
 * take a page (20-30 ms at 100,000 open tasks), while the semi-join walks the due-date index and stops after the page
 * (about 4 ms). The Tasklist asks this for every queue it shows.
 * <p>
 * Only the engine's plain shape is rewritten: the one identity-link join, the candidate clause with a list of groups,
 * no other join than the task's process definition, and no other use of the link table. Anything else (a candidate
 * user, a pattern, a second candidate clause, the grant join, sorting by a variable) goes to the database as the
 * engine wrote it. Within OR-criteria the clause is never negated, so "a link exists" answers as the join did.
 */
final class CandidateQueueSemiJoin {

    private static final Pattern LINK_JOIN = Pattern.compile(
            "\\s+left\\s+join\\s+(\\w*ACT_RU_IDENTITYLINK)\\s+I\\s+on\\s+I\\.TASK_ID_\\s*=\\s*RES\\.ID_\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CANDIDATE_CLAUSE = Pattern.compile(
            "(and\\s+)?I\\.TYPE_\\s*=\\s*'candidate'\\s+and\\s*\\(\\s*I\\.GROUP_ID_\\s+IN\\s*\\(([\\s?,]+)\\)\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    /** A task has one process definition: joining it keeps one row per task. */
    private static final Pattern DEFINITION_JOIN = Pattern.compile(
            "\\s(inner|left)\\s+join\\s+\\w*ACT_RE_PROCDEF\\s+D\\s+on\\s+RES\\.PROC_DEF_ID_\\s*=\\s*D\\.ID_\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_JOIN = Pattern.compile("\\bjoin\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_COLUMN = Pattern.compile("\\bI\\.");
    private static final Pattern SELECT_DISTINCT = Pattern.compile("^(\\s*select\\s+)distinct\\s+",
            Pattern.CASE_INSENSITIVE);

    private CandidateQueueSemiJoin() {
    }

    /**
     * The task query with its candidate-group join as an {@code exists}, or null when the query is not of the plain
     * shape. The parameters keep their order: only text without parameters moves.
     */
    static String semiJoin(String sql) {
        if (!sql.contains("IDENTITYLINK I on I.TASK_ID_")) {
            return null; // nearly every statement: no regular expression run for it
        }
        Matcher join = LINK_JOIN.matcher(sql);
        if (!join.find()) {
            return null;
        }
        String linkTable = join.group(1);
        String withoutJoin = sql.substring(0, join.start()) + " " + sql.substring(join.end());
        if (join.find() || ANY_JOIN.matcher(DEFINITION_JOIN.matcher(withoutJoin).replaceAll(" ")).find()) {
            return null;
        }
        Matcher clause = CANDIDATE_CLAUSE.matcher(withoutJoin);
        if (!clause.find()) {
            return null;
        }
        String exists = (clause.group(1) == null ? "" : "and ") + "exists (select 1 from " + linkTable
                + " I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and I.GROUP_ID_ in (" + clause.group(2) + "))";
        String before = withoutJoin.substring(0, clause.start());
        String after = withoutJoin.substring(clause.end());
        if (LINK_COLUMN.matcher(before).find() || LINK_COLUMN.matcher(after).find()) {
            return null;
        }
        // Without the join each task is one row: the list needs no distinct (the count's distinct on the id is kept).
        return SELECT_DISTINCT.matcher(before).replaceFirst("$1") + exists + after;
    }
}
