package nl.rechtshulp.workflow;

import nl.rechtshulp.audit.AuditTrail;
import nl.rechtshulp.request.Lifecycle;
import nl.rechtshulp.request.Clock;
import nl.rechtshulp.request.LifecycleChange;
import nl.rechtshulp.request.Outcome;
import nl.rechtshulp.request.Phase;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import org.springframework.stereotype.Component;

/** Writes the lifecycle marks of the models into the register, in the engine's transaction. */
@Component
class RegisterLifecycleRecorder implements LifecycleRecorder {

    private final RequestRegister register;
    private final AuditTrail auditTrail;

    RegisterLifecycleRecorder(RequestRegister register, AuditTrail auditTrail) {
        this.register = register;
        this.auditTrail = auditTrail;
    }

    @Override
    public void enter(String reference, LifecycleMark mark) {
        var change = new LifecycleChange(mark.phase() == null ? null : Phase.valueOf(mark.phase()), mark.stage(),
                mark.clock() == null ? null : Clock.valueOf(mark.clock()), mark.clockReason());
        Lifecycle before = register.enter(new RequestReference(reference), change);
        if (before != null && mark.clock() != null && !mark.clock().equals(before.clock().name())) {
            // A clock that stops or runs abroad changes every deadline computed from it: auditors see why.
            auditTrail.record(reference, "CLOCK_CHANGED", "clock", before.clock() + " " + describe(before.clockReason()),
                    mark.clock() + " " + describe(mark.clockReason()), mark.clockReason());
        }
    }

    private static String describe(String reason) {
        return reason == null ? "" : "(" + reason + ")";
    }

    @Override
    public void close(String reference, String outcome) {
        register.close(new RequestReference(reference), Outcome.valueOf(outcome));
    }
}
