package nl.rechtshulp.analysis;

import nl.rechtshulp.web.DutchTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rechtshulp.documents.Documents;
import nl.rechtshulp.request.FollowUpKind;
import nl.rechtshulp.request.FollowUpRegister;
import nl.rechtshulp.request.Interpretation;
import nl.rechtshulp.request.MessageKind;
import nl.rechtshulp.request.ProposedAction;
import nl.rechtshulp.request.Relevance;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.workflow.ProcessVariables;
import nl.rechtshulp.workflow.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * On create, gives the task the oldest reply nobody interprets yet and shows it in the form. On complete, records the
 * structured interpretation and every proposed action; each action but {@code NO_ACTION} needs an owner and a due date,
 * and the process tracks it until it is done.
 */
@Component
class InterpretReplyTaskListener implements TaskListener {

    /** How many actions the Tasklist form offers per reply. */
    static final int ACTION_SLOTS = 3;
    private static final Set<String> OWNERS = Stream.of(AuthorityGroups.RECEIVING_AUTHORITIES,
                    AuthorityGroups.EXECUTING_SERVICES, List.of(AuthorityGroups.LIAISON_MAGISTRATES))
            .flatMap(java.util.Collection::stream).collect(Collectors.toUnmodifiableSet());

    private static final List<String> INPUT_FIELDS = inputFields();

    private final FollowUpRegister followUp;
    private final Documents documents;
    private final Clock clock;

    InterpretReplyTaskListener(FollowUpRegister followUp, Documents documents, Clock clock) {
        this.followUp = followUp;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            FollowUpRegister.Reply reply = followUp.takeUpNextReply(referenceOf(task), task.getId());
            task.setVariableLocal("replyKind", reply.kind() == MessageKind.FINAL_REPLY ? "Eindantwoord" : "Deelantwoord");
            task.setVariableLocal("replyReceivedOn", reply.receivedOn().toString());
            task.setVariableLocal("replySummary", reply.summary());
            List<String> attached = documents.namesForMessage(referenceOf(task), reply.id());
            task.setVariableLocal("replyDocuments", attached.isEmpty() ? "Geen" : String.join("\n", attached));
            return;
        }
        var interpretation = new Interpretation(text(task, "obtained"), Relevance.valueOf(text(task, "relevance")),
                Boolean.parseBoolean(text(task, "replyComplete")), text(task, "nextSteps"), proposedActions(task));
        List<Long> toTrack = followUp.recordInterpretation(referenceOf(task), task.getId(), TaskActors.of(task), interpretation);
        task.setVariable(ProcessVariables.FOLLOW_UP_ACTIONS,
                toTrack.stream().map(String::valueOf).collect(Collectors.joining(",")));
        // The register holds the interpretation now; the next reply's form starts blank.
        task.getExecution().removeVariables(INPUT_FIELDS);
    }

    private List<ProposedAction> proposedActions(DelegateTask task) {
        List<ProposedAction> actions = new ArrayList<>();
        LocalDate today = DutchTime.today(clock);
        for (int slot = 1; slot <= ACTION_SLOTS; slot++) {
            String prefix = "action" + slot;
            String kindName = text(task, prefix + "Kind");
            if (kindName == null) {
                continue;
            }
            FollowUpKind kind = FollowUpKind.valueOf(kindName);
            String description = required(task, prefix + "Description",
                    kind.needsOwner() ? "what is to be done" : "the reason not to act");
            if (!kind.needsOwner()) {
                actions.add(new ProposedAction(kind, description, null, null));
                continue;
            }
            String owner = required(task, prefix + "Owner", "de autoriteit die de actie uitvoert");
            if (!OWNERS.contains(owner)) {
                throw new FormFieldValidationException(prefix + "Owner",
                        "Actie " + slotOf(prefix) + ": '" + owner + "' is geen autoriteit die een actie kan uitvoeren");
            }
            LocalDate dueOn = dateOf(prefix + "DueDate", required(task, prefix + "DueDate", "een uiterste datum"));
            if (dueOn.isBefore(today)) {
                throw new FormFieldValidationException(prefix + "DueDate",
                        "Actie " + slotOf(prefix) + ": de uiterste datum kan niet in het verleden liggen");
            }
            actions.add(new ProposedAction(kind, description, owner, dueOn));
        }
        return actions;
    }

    private static List<String> inputFields() {
        List<String> fields = new ArrayList<>(List.of("obtained", "relevance", "replyComplete", "nextSteps"));
        for (int slot = 1; slot <= ACTION_SLOTS; slot++) {
            for (String part : List.of("Kind", "Description", "Owner", "DueDate")) {
                fields.add("action" + slot + part);
            }
        }
        return List.copyOf(fields);
    }

    private static String required(DelegateTask task, String field, String what) {
        String value = text(task, field);
        if (value == null) {
            throw new FormFieldValidationException(field, "Verplicht: " + what + " (" + field + ")");
        }
        return value;
    }

    private static LocalDate dateOf(String field, String value) {
        try {
            return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } catch (DateTimeParseException e) {
            throw new FormFieldValidationException(field, "Moet een datum zijn (jjjj-mm-dd): " + field);
        }
    }

    /** "action2" → "2": how the form numbers its actions. */
    private static String slotOf(String prefix) {
        return prefix.replace("action", "");
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static RequestReference referenceOf(DelegateTask task) {
        return new RequestReference((String) task.getVariable(ProcessVariables.REFERENCE));
    }
}
