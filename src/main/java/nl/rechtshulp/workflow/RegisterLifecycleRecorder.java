package nl.rechtshulp.workflow;

import nl.rechtshulp.request.RequestClock;
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

    RegisterLifecycleRecorder(RequestRegister register) {
        this.register = register;
    }

    @Override
    public void enter(String reference, LifecycleMark mark) {
        var change = new LifecycleChange(mark.phase() == null ? null : Phase.valueOf(mark.phase()), mark.stage(),
                mark.clock() == null ? null : RequestClock.valueOf(mark.clock()), mark.clockReason());
        register.enter(new RequestReference(reference), change);
    }

    @Override
    public void close(String reference, String outcome) {
        register.close(new RequestReference(reference), Outcome.valueOf(outcome));
    }
}
