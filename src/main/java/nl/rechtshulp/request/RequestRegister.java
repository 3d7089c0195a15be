package nl.rechtshulp.request;

import java.time.Clock;
import java.time.Instant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rechtshulp.security.CurrentUser;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's API for the other modules. Every write joins the caller's transaction, which for process steps is
 * the engine's: the register and the process state commit or roll back together.
 */
@Service
@Transactional
public class RequestRegister {

    private final RequestRepository requests;
    private final RequestRelations relations;
    private final RequestHistoryReads historyReads;
    private final PhaseTransitionRepository transitions;
    private final RecordedDecisionRepository decisions;
    private final ForeignMessageRepository messages;
    private final ApplicationEventPublisher events;
    private final RequestNumbers numbers;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    /** The row lock this database offers for {@link #holdForChange}, read from the connection once. */
    private volatile String rowLock;

    RequestRegister(RequestRepository requests, RequestRelations relations, RequestHistoryReads historyReads,
                    PhaseTransitionRepository transitions,
                    RecordedDecisionRepository decisions, ForeignMessageRepository messages,
                    ApplicationEventPublisher events, RequestNumbers numbers, Clock clock) {
        this.numbers = numbers;
        this.requests = requests;
        this.relations = relations;
        this.historyReads = historyReads;
        this.transitions = transitions;
        this.decisions = decisions;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a new request and gives it our reference; a foreign reference seen before is refused. */
    public Request register(NewRequest details, String registeredBy) {
        if (details.foreignReference() != null) { // an outgoing draft has none yet
            requests.findReferenceByForeignReference(details.requestingState(), details.foreignReference())
                    .ifPresent(existing -> {
                        throw new DuplicateRequestException(details.requestingState(), details.foreignReference(),
                                new RequestReference(existing));
                    });
        }
        Instant now = clock.instant();
        Request request = requests.save(new Request(numbers.next(), details, registeredBy, now));
        transitions.save(new PhaseTransition(request.getId(),
                new Lifecycle(request.getPhase(), request.getStage(), request.getClock(), null), now));
        // Flush now so a concurrent duplicate fails here, inside the caller's transaction, as a constraint violation.
        requests.flush();
        events.publishEvent(new RequestRegistered(request.getReference(), request.getDirection(), request.getType()));
        return request;
    }

    /**
     * Within one transaction the request is read once, however many steps touch it. It is loaded by the id its
     * reference was made from, checked against the reference: Hibernate keeps its plan for a load by id, while it
     * builds the SQL of a load by natural id anew every time (a twentieth of a task completion's time).
     */
    @Transactional(readOnly = true)
    public Request get(RequestReference reference) {
        Request byNumber = entityManager.find(Request.class, reference.number());
        if (byNumber != null && byNumber.getReference().equals(reference.value())) {
            return byNumber;
        }
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Request.class).loadOptional(reference.value())
                .orElseThrow(() -> new RequestNotFoundException(reference.value()));
    }

    /**
     * Holds the request's row until the calling transaction ends, so that two changes to one request (the same
     * withdrawal delivered twice, on two nodes) run one after the other: the second sees what the first did and is
     * answered by it, instead of finding the process half gone under it. Call it before the request is read.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void holdForChange(String reference) {
        String lock = rowLock;
        if (lock == null) {
            String database = entityManager.unwrap(Session.class)
                    .doReturningWork(connection -> connection.getMetaData().getDatabaseProductName());
            // On PostgreSQL a lock that leaves the key alone: rows that refer to the request (its phases, audit
            // entries, documents) can still be written meanwhile, as a plain "for update" would not let them.
            lock = "PostgreSQL".equals(database) ? "for no key update" : "for update";
            rowLock = lock;
        }
        entityManager.createNativeQuery("select id from request where reference = :reference " + lock)
                .setParameter("reference", reference).getResultList();
    }

    /** The request if this user may see it; otherwise as unknown, so its existence is not revealed. */
    @Transactional(readOnly = true)
    public Request getVisibleTo(String reference, CurrentUser user) {
        if (!RequestReference.isWellFormed(reference)) {
            throw new RequestNotFoundException(reference);
        }
        Request request = get(new RequestReference(reference));
        if (!isVisibleTo(request, user)) {
            throw new RequestNotFoundException(reference);
        }
        return request;
    }

    public boolean isVisibleTo(Request request, CurrentUser user) {
        return user.seesAllRequests() || request.getAuthorities().stream().anyMatch(user::isMemberOf);
    }

    @Transactional(readOnly = true)
    public Page<Request> search(RequestFilter filter, CurrentUser user, Pageable page) {
        Set<String> groups = user.seesAllRequests() ? null : user.groups();
        return requests.findAll(RequestSpecifications.matching(filter, groups, clock), page);
    }

    /** Moves the request to a phase, stage or clock; records and announces the transition only when something changed. */
    public void enter(RequestReference reference, LifecycleChange change) {
        Request request = get(reference);
        Instant now = clock.instant();
        Lifecycle before = new Lifecycle(request.getPhase(), request.getStage(), request.getClock(), request.getClockReason());
        Instant phaseEnteredAt = request.getPhaseEnteredAt();
        Instant clockEnteredAt = request.getClockEnteredAt();
        Lifecycle entered = request.enter(change, now);
        if (entered == null) {
            return;
        }
        transitions.save(new PhaseTransition(request.getId(), entered, now));
        events.publishEvent(new LifecycleEntered(reference, before, entered, now, phaseEnteredAt, clockEnteredAt));
    }

    public void close(RequestReference reference, Outcome outcome) {
        Request request = get(reference);
        request.close(outcome, clock.instant());
        events.publishEvent(new RequestClosed(reference, outcome));
    }

    public void recordLegalBasis(RequestReference reference, LegalBasisRecord basis, Route route,
                                 String centralAuthority) {
        Request request = get(reference);
        request.recordLegalBasis(basis, route, clock.instant());
        if (route == Route.CENTRAL_AUTHORITY) {
            request.involve(centralAuthority);
        }
    }

    public void assignCompetentAuthority(RequestReference reference, String owningIrc, String officerOfJustice,
                                         String executingService) {
        Request request = get(reference);
        request.assignCompetentAuthority(owningIrc, officerOfJustice, executingService, clock.instant());
        request.involve(owningIrc);
        request.involve(executingService);
    }

    /** Lets another authority see the request, e.g. after a coordinator moved a task to it. */
    public void involve(RequestReference reference, String authority) {
        get(reference).involve(authority);
    }

    public void recordDecision(RequestReference reference, String taskKey, String decidedBy, String details) {
        decisions.save(new RecordedDecision(get(reference).getId(), taskKey, decidedBy, clock.instant(), details));
    }

    /** Keeps what the other state sent; answers its id, for the documents that came with it. */
    public long recordMessage(RequestReference reference, MessageKind kind, java.time.LocalDate receivedOn,
                              String summary, String recordedBy) {
        // Flushed: documents that came with it are tied to it by id right after.
        return messages.saveAndFlush(new ForeignMessage(get(reference).getId(), kind, receivedOn, summary, recordedBy,
                clock.instant())).getId();
    }

    /**
     * Requests linked to this one (the request it supplements, its supplementary requests) and related to it (same
     * foreign reference, same investigation, a person of the same name), each once under its strongest relation.
     */
    @Transactional(readOnly = true)
    public List<RelatedRequest> findRelated(RequestReference reference) {
        Request request = get(reference);
        Set<String> nameKeys = nameKeysOf(request);
        List<RequestRelations.Link> links = relations.of(request.getId(), request.getParentRequestId(),
                request.getForeignReference(), request.getInvestigation(), nameKeys);
        if (links.isEmpty()) {
            return List.of();
        }
        Map<Long, Request> byId = requests.findAllById(links.stream().map(RequestRelations.Link::requestId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Request::getId, r -> r));
        Map<Long, RelatedRequest> related = new LinkedHashMap<>();
        // A request related in two ways is listed once, by the first relation in Relation's order.
        links.stream().sorted(java.util.Comparator.comparing(RequestRelations.Link::relation)).forEach(link -> {
            Request other = byId.get(link.requestId());
            if (other != null) {
                related.putIfAbsent(other.getId(), new RelatedRequest(other, link.relation()));
            }
        });
        return related.values().stream()
                .sorted(java.util.Comparator.comparing((RelatedRequest r) -> r.relation())
                        .thenComparing(r -> r.request().getRegisteredAt(), java.util.Comparator.reverseOrder()))
                .toList();
    }

    /** Other open requests to the same state in the same investigation or about the same persons: send them together. */
    @Transactional(readOnly = true)
    public List<Request> findToBundleWith(RequestReference reference) {
        Request request = get(reference);
        Set<String> nameKeys = nameKeysOf(request);
        // An empty IN list is not valid everywhere; the empty key, which no name has, keeps the query well-formed.
        return requests.findOpenOutgoingToBundle(request.getId(), request.getRequestedState(),
                request.getInvestigation(), nameKeys.isEmpty() ? Set.of("") : nameKeys);
    }

    /** References by id, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, String> referencesOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return requests.findAllById(ids).stream()
                .collect(Collectors.toMap(Request::getId, other -> other.getReference().value()));
    }

    private static Set<String> nameKeysOf(Request request) {
        return request.getPersons().stream().map(PersonConcerned::getNameKey).collect(Collectors.toSet());
    }

    /** The drafter's correction of the language the request is written in. */
    public void reviseDraft(RequestReference reference, String requestLanguage) {
        get(reference).reviseDraft(requestLanguage, clock.instant());
    }

    public void recordTranslation(RequestReference reference, String language) {
        get(reference).recordTranslation(language, clock.instant());
    }

    /** The liaison magistrate posted for the requested state is informed: the request becomes visible to them. */
    public void recordLiaisonPost(RequestReference reference, String post, String liaisonGroup) {
        Request request = get(reference);
        request.recordLiaisonPost(post, clock.instant());
        request.involve(liaisonGroup);
    }

    @Transactional(readOnly = true)
    public RequestHistory historyOf(Request request) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entityManager.flush(); // what this transaction recorded is part of the history it reads
        }
        return historyReads.of(request.getId());
    }
}
