package nl.rechtshulp.intake;

import nl.rechtshulp.web.DutchTime;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.rechtshulp.audit.AuditTrail;
import nl.rechtshulp.audit.RemovalReason;
import nl.rechtshulp.documents.Documents;
import nl.rechtshulp.extradition.ExtraditionRegister;
import nl.rechtshulp.request.MessageKind;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.workflow.ProcessKeys;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a message from the foreign state to the request that waits for it, and keeps it with its date. When
 * nothing waits (no supplement was asked for, an outgoing request is not yet sent or already answered, or the request
 * has ended) nothing is stored and the caller gets 409.
 */
@Service
class ForeignMessages {

    private final RequestRegister register;
    private final RuntimeService runtimeService;
    private final Validator validator;
    private final Clock clock;
    private final AuditTrail auditTrail;
    private final Documents documents;
    private final ExtraditionRegister extraditions;

    ForeignMessages(RequestRegister register, RuntimeService runtimeService, Validator validator, Clock clock,
                    AuditTrail auditTrail, Documents documents, ExtraditionRegister extraditions) {
        this.extraditions = extraditions;
        this.auditTrail = auditTrail;
        this.documents = documents;
        this.register = register;
        this.runtimeService = runtimeService;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public Request deliver(String reference, ForeignMessageForm message, CurrentUser user) {
        register.holdForChange(reference);
        Request request = register.getVisibleTo(reference, user);
        validator.validate(message).stream().findFirst().ifPresent(violation -> {
            throw ApiProblem.badRequest(violation.getPropertyPath().toString(),
                    violation.getPropertyPath() + ": " + violation.getMessage());
        });
        LocalDate today = DutchTime.today(clock);
        LocalDate receivedOn = message.receivedOn() == null ? today : message.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw ApiProblem.badRequest("receivedOn", "receivedOn cannot lie in the future");
        }
        long messageId = register.recordMessage(request.getReference(), message.kind(), receivedOn, message.summary(),
                user.userId());
        documents.attachToMessage(request.getReference(), message.documentIds(), messageId);
        auditTrail.record(reference, "MESSAGE_RECEIVED", message.kind().name(), null,
                "received on " + receivedOn + ": " + message.summary(), null);
        // Only an extradition request waits for its own kinds; anything else gets the 409 of a message nothing waits for.
        Map<String, Object> variables = request.getType() == RequestType.EXTRADITION
                ? recordExtraditionFacts(request, message, receivedOn) : Map.of();
        try {
            var correlation = runtimeService.createMessageCorrelation(messageName(message.kind()))
                    .processInstanceBusinessKey(reference)
                    .setVariables(variables);
            if (message.kind() == MessageKind.WITHDRAWAL) {
                String stated = message.summary() == null || message.summary().isBlank() ? "" : ": " + message.summary();
                RemovalReason.during("Ingetrokken door de verzoekende staat" + stated, correlation::correlateWithResult);
            } else {
                correlation.correlateWithResult();
            }
        } catch (MismatchingMessageCorrelationException nothingWaits) {
            throw ApiProblem.conflict("Request " + reference + " is not waiting for a "
                    + message.kind().name().toLowerCase(java.util.Locale.ROOT) + " (phase " + request.getPhase() + ")");
        }
        return register.get(request.getReference());
    }

    /** What an extradition message tells the register, and what its process needs to know of it. */
    private Map<String, Object> recordExtraditionFacts(Request request, ForeignMessageForm message, LocalDate receivedOn) {
        return switch (message.kind()) {
            case FORMAL_REQUEST -> {
                extraditions.recordFormalRequestReceived(request.getReference(), receivedOn);
                yield Map.of(ProcessVariables.FORMAL_REQUEST_RECEIVED_ON, receivedOn.toString());
            }
            case GUARANTEES -> {
                extraditions.recordGuaranteesReceived(request.getReference(), receivedOn);
                yield Map.of();
            }
            case PERSON_ARRESTED -> {
                LocalDate arrestedOn = message.occurredOn() == null ? receivedOn : message.occurredOn();
                if (arrestedOn.isAfter(receivedOn)) {
                    throw ApiProblem.badRequest("occurredOn", "occurredOn cannot lie after receivedOn");
                }
                yield Map.of(ProcessVariables.ARRESTED_ON, arrestedOn.toString());
            }
            // The release form opens with the day the requested state reported.
            case PERSON_RELEASED -> {
                LocalDate releasedOn = message.occurredOn() == null ? receivedOn : message.occurredOn();
                if (releasedOn.isAfter(receivedOn)) {
                    throw ApiProblem.badRequest("occurredOn", "occurredOn cannot lie after receivedOn");
                }
                yield Map.of("releasedOn", releasedOn.toString());
            }
            // The officier van justitie sees what the requesting state wrote when ordering the release.
            case WITHDRAWAL -> Map.of(ProcessVariables.WITHDRAWAL_REASON,
                    message.summary() == null ? "" : message.summary());
            default -> Map.of();
        };
    }

    private static String messageName(MessageKind kind) {
        return switch (kind) {
            case SUPPLEMENT -> ProcessKeys.MESSAGE_SUPPLEMENT_RECEIVED;
            case WITHDRAWAL -> ProcessKeys.MESSAGE_REQUEST_WITHDRAWN;
            case PARTIAL_REPLY -> ProcessKeys.MESSAGE_PARTIAL_REPLY_RECEIVED;
            case FINAL_REPLY -> ProcessKeys.MESSAGE_FINAL_REPLY_RECEIVED;
            case FORMAL_REQUEST -> ProcessKeys.MESSAGE_FORMAL_REQUEST_RECEIVED;
            case GUARANTEES -> ProcessKeys.MESSAGE_GUARANTEES_RECEIVED;
            case PERSON_ARRESTED -> ProcessKeys.MESSAGE_PERSON_ARRESTED_ABROAD;
            case PERSON_RELEASED -> ProcessKeys.MESSAGE_PERSON_RELEASED_ABROAD;
        };
    }
}
