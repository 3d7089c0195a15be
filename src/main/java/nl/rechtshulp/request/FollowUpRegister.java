package nl.rechtshulp.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies from abroad, their interpretation and the follow-up actions they call for. Like the register, every write
 * joins the engine's transaction when a process step makes it.
 */
@Service
@Transactional
public class FollowUpRegister {

    private static final List<MessageKind> REPLIES = List.of(MessageKind.PARTIAL_REPLY, MessageKind.FINAL_REPLY);

    private final RequestRegister register;
    private final ForeignMessageRepository messages;
    private final ReplyAnalysisRepository analyses;
    private final FollowUpActionRepository actions;
    private final FollowUpReads reads;
    private final Clock clock;

    FollowUpRegister(RequestRegister register, ForeignMessageRepository messages, ReplyAnalysisRepository analyses,
                     FollowUpActionRepository actions, FollowUpReads reads, Clock clock) {
        this.register = register;
        this.reads = reads;
        this.messages = messages;
        this.analyses = analyses;
        this.actions = actions;
        this.clock = clock;
    }

    /** A reply for an interpretation task: the oldest one nobody has taken up yet. */
    public record Reply(long id, MessageKind kind, LocalDate receivedOn, String summary) {
    }

    /** Gives the oldest reply nobody interprets yet to this task; replies are interpreted once each, in order. */
    public Reply takeUpNextReply(RequestReference reference, String taskId) {
        Request request = register.get(reference);
        ForeignMessage reply = messages.findByRequestIdAndKindInAndInterpretationTaskIdIsNullOrderByIdAsc(
                        request.getId(), REPLIES).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No reply waits for interpretation in " + reference.value()));
        reply.takeUpFor(taskId);
        return new Reply(reply.getId(), reply.getKind(), reply.getReceivedOn(), reply.getSummary());
    }

    /**
     * Records the interpretation of the reply this task took up and the actions it proposes; owners get to see the
     * request. Answers the ids of the actions someone has to carry out, for the process to track.
     */
    public List<Long> recordInterpretation(RequestReference reference, String taskId, String analysedBy,
                                           Interpretation interpretation) {
        Request request = register.get(reference);
        ForeignMessage reply = messages.findByInterpretationTaskId(taskId)
                .orElseThrow(() -> new IllegalStateException("Task " + taskId + " took up no reply"));
        Instant now = clock.instant();
        ReplyAnalysis analysis = analyses.save(new ReplyAnalysis(request.getId(), reply.getId(), analysedBy, now,
                interpretation));
        List<FollowUpAction> proposed = interpretation.actions().stream()
                .map(action -> new FollowUpAction(request.getId(), analysis.getId(), action, analysedBy, now))
                .toList();
        actions.saveAll(proposed);
        proposed.stream().filter(action -> action.getOwner() != null)
                .forEach(action -> request.involve(action.getOwner()));
        return proposed.stream().filter(action -> action.getState() == FollowUpState.OPEN)
                .map(FollowUpAction::getId).toList();
    }

    /** One follow-up action as the process and the API show it. */
    public record Action(long id, FollowUpKind kind, String description, String owner, LocalDate dueOn,
                         FollowUpState state, String result, String completedBy, Instant completedAt,
                         String linkedRequest) {
    }

    @Transactional(readOnly = true)
    public Action action(long id) {
        FollowUpAction action = find(id);
        return toAction(action, linkedReference(action));
    }

    /** Who proposed the action: the analyst who interpreted the reply. */
    @Transactional(readOnly = true)
    public String proposerOf(long actionId) {
        return analyses.findById(find(actionId).getAnalysisId()).map(ReplyAnalysis::getAnalysedBy).orElse("system");
    }

    public void completeAction(long id, String result, String completedBy) {
        find(id).complete(result, completedBy, clock.instant());
    }

    /** The action asked for a supplementary request: it is done once that request exists, and points at it. */
    public void linkSupplementaryRequest(long actionId, RequestReference supplementary, String by) {
        FollowUpAction action = find(actionId);
        action.link(register.get(supplementary).getId());
        action.complete("Aanvullend verzoek " + supplementary.value() + " aangemaakt", by, clock.instant());
    }

    /** An interpretation as the API shows it, with the reply it is about. */
    public record Analysis(long replyId, MessageKind replyKind, LocalDate replyReceivedOn, String analysedBy,
                           Instant analysedAt, String obtained, Relevance relevance, boolean replyComplete,
                           String nextSteps) {
    }

    @Transactional(readOnly = true)
    public List<Analysis> analysesOf(Request request) {
        return reads.analysesOf(request.getId());
    }

    @Transactional(readOnly = true)
    public List<Action> actionsOf(Request request) {
        return reads.actionsOf(request.getId());
    }

    private String linkedReference(FollowUpAction action) {
        return action.getLinkedRequestId() == null ? null
                : register.referencesOf(List.of(action.getLinkedRequestId())).get(action.getLinkedRequestId());
    }

    private static Action toAction(FollowUpAction action, String linkedRequest) {
        return new Action(action.getId(), action.getKind(), action.getDescription(), action.getOwner(),
                action.getDueOn(), action.getState(), action.getResult(), action.getCompletedBy(),
                action.getCompletedAt(), linkedRequest);
    }

    private FollowUpAction find(long id) {
        return actions.findById(id).orElseThrow(() -> new IllegalStateException("No follow-up action " + id));
    }
}
