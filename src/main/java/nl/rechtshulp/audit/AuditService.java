package nl.rechtshulp.audit;

import java.util.List;
import javax.sql.DataSource;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What auditors read: a request's timeline, searches across requests, the verification of every chain. Reading the
 * trail is itself recorded in it.
 */
@Service
class AuditService {

    private final AuditQueries queries;
    private final AuditTrail trail;
    private final RequestRegister register;
    private final JdbcTemplate jdbc;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;

    AuditService(AuditQueries queries, AuditTrail trail, RequestRegister register, DataSource dataSource,
                 AuditKeys keys, AuditCheckpoints checkpoints) {
        this.queries = queries;
        this.trail = trail;
        this.register = register;
        this.jdbc = new JdbcTemplate(dataSource);
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    /** Anyone who may see the request may read its history; others get 404 as for the request itself. */
    @Transactional
    List<AuditEntryView> timeline(String reference, CurrentUser user) {
        register.getVisibleTo(reference, user);
        List<AuditEntryView> entries = queries.timeline(reference);
        trail.record(reference, "AUDIT_READ", "timeline", null, null, null);
        return entries;
    }

    @Transactional
    List<AuditEntryView> search(AuditSearch search, CurrentUser user) {
        requireAuditor(user);
        List<AuditEntryView> entries = queries.search(search);
        trail.record(null, "AUDIT_READ", "search", null, search.toString(), null);
        return entries;
    }

    @Transactional
    ChainVerifier.Report verify(CurrentUser user) {
        requireAuditor(user);
        var recorded = checkpoints.all();
        ChainVerifier.Report report = jdbc.execute((ConnectionCallback<ChainVerifier.Report>)
                connection -> ChainVerifier.verify(connection, keys, recorded));
        trail.record(null, "AUDIT_VERIFIED", "all chains", null,
                report.intact() ? "intact: " + report.entriesChecked() + " entries" : "broken: " + report.firstBroken(),
                null);
        return report;
    }

    /** Auditors keep the checkpoints: the list, and each file to take away. */
    List<AuditCheckpoints.Checkpoint> checkpoints(CurrentUser user) {
        requireAuditor(user);
        return checkpoints.all();
    }

    byte[] checkpoint(String file, CurrentUser user) {
        requireAuditor(user);
        byte[] content = checkpoints.content(file);
        if (content == null) {
            throw ApiProblem.notFound("No checkpoint " + file);
        }
        return content;
    }

    /** On demand, by an administrator (auditors change nothing); the interval writes them otherwise. */
    @Transactional
    AuditCheckpoints.Checkpoint writeCheckpoint(CurrentUser user) {
        if (!user.isMemberOf(AuthorityGroups.ADMINS)) {
            throw ApiProblem.forbidden("Only administrators write a checkpoint on demand");
        }
        var checkpoint = checkpoints.write(true);
        trail.record(null, "AUDIT_CHECKPOINT", checkpoint.file(), null, checkpoint.heads().size() + " chains", null);
        return checkpoint;
    }

    /** The search page itself is for auditors too, before anything is searched. */
    void requireAuditorForPage(CurrentUser user) {
        requireAuditor(user);
    }

    private static void requireAuditor(CurrentUser user) {
        if (!user.isMemberOf(AuthorityGroups.AUDITORS) && !user.isMemberOf(AuthorityGroups.ADMINS)) {
            throw ApiProblem.forbidden("Only auditors search and verify the audit trail");
        }
    }
}
