package nl.rechtshulp.audit;

import nl.rechtshulp.request.RequestClosed;
import nl.rechtshulp.request.RequestRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Registrations and closures, whichever door they came through, in the transaction that made them. */
@Component
class RegisterEventsAudit {

    private final AuditTrail trail;

    RegisterEventsAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void registered(RequestRegistered event) {
        trail.record(event.reference().value(), "REQUEST_REGISTERED", event.direction() + " " + event.type(), null,
                event.reference().value(), null);
    }

    @EventListener
    void closed(RequestClosed event) {
        trail.record(event.reference().value(), "REQUEST_CLOSED", "outcome", null, event.outcome().name(), null);
    }
}
