package nl.rechtshulp.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.security.CurrentUsers;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way into the audit trail. Entries are collected while a transaction runs and appended just before it
 * commits, in the same transaction: the trail holds exactly what was committed, and a busy step costs one batch.
 */
@Service
public class AuditTrail {

    private final AuditWriter writer;
    private final CurrentUsers currentUsers;
    private final IdentityService identityService;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    AuditTrail(AuditWriter writer, CurrentUsers currentUsers, @Lazy IdentityService identityService,
               PlatformTransactionManager transactionManager, Clock clock) {
        this.writer = writer;
        this.currentUsers = currentUsers;
        this.identityService = identityService;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Something the application did for the current user; {@code requestReference} null when no request is concerned. */
    public void record(String requestReference, String action, String subject, String before, String after,
                       String reason) {
        Actor actor = currentActor();
        append(new AuditEvent(clock.instant(), actor.userId(), actor.groups(), requestReference, null,
                AuditSource.APPLICATION, action, subject, before, after, reason));
    }

    /** A refusal is recorded even though what was refused is rolled back: in a transaction of its own. */
    void recordRefusal(Actor knownActor, String requestReference, String action, String subject, String reason) {
        Actor actor = knownActor != null ? knownActor : currentActor();
        var event = new AuditEvent(clock.instant(), actor.userId(), actor.groups(), requestReference, null,
                AuditSource.APPLICATION, action, subject, null, null, reason);
        newTransaction.executeWithoutResult(status -> writer.write(List.of(event)));
    }

    void recordEngineEvent(AuditEvent event) {
        append(event);
    }

    private void append(AuditEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            newTransaction.executeWithoutResult(status -> writer.write(List.of(event)));
            return;
        }
        @SuppressWarnings("unchecked")
        List<AuditEvent> pending = (List<AuditEvent>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<AuditEvent> events = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, events);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    writer.write(List.copyOf(events));
                    events.clear();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
                }
            });
            pending = events;
        }
        pending.add(event);
    }

    /** Who acts: the user of this HTTP request, else the engine's authenticated user, else the system (timers, jobs). */
    private Actor currentActor() {
        Optional<CurrentUser> user = currentUsers.find();
        if (user.isPresent()) {
            return new Actor(user.get().userId(), String.join(",", new TreeSet<>(user.get().groups())));
        }
        var authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return new Actor(authentication.getUserId(), authentication.getGroupIds() == null ? null
                    : String.join(",", new TreeSet<>(authentication.getGroupIds())));
        }
        return Actor.SYSTEM;
    }

    record Actor(String userId, String groups) {
        static final Actor SYSTEM = new Actor("system", null);
    }
}
