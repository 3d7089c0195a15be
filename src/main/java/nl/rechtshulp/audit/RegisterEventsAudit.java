package nl.rechtshulp.audit;

import nl.rechtshulp.request.LifecycleEntered;
import nl.rechtshulp.request.RequestClosed;
import nl.rechtshulp.request.RequestRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Registrations, clock changes and closures, whichever door they came through, in the transaction that made them. */
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

    /** A clock that stops or runs abroad changes every deadline computed from it: auditors see when and why. */
    @EventListener
    void entered(LifecycleEntered event) {
        if (event.before().clock() != event.after().clock()) {
            trail.record(event.reference().value(), "CLOCK_CHANGED", "clock",
                    event.before().clock() + describe(event.before().clockReason()),
                    event.after().clock() + describe(event.after().clockReason()), event.after().clockReason());
        }
    }

    private static String describe(String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }

    @EventListener
    void closed(RequestClosed event) {
        trail.record(event.reference().value(), "REQUEST_CLOSED", "outcome", null, event.outcome().name(), null);
    }
}
