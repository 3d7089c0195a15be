package nl.rechtshulp.request;

import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extradition facts of a request: opened at registration, then updated by each process step in the engine's
 * transaction, so a decision and its record land together or not at all.
 */
@Service
@Transactional
public class ExtraditionRegister {

    private final RequestRegister register;
    private final ExtraditionCaseRepository cases;

    ExtraditionRegister(RequestRegister register, ExtraditionCaseRepository cases) {
        this.register = register;
        this.cases = cases;
    }

    public ExtraditionCase open(Request request, ExtraditionArrival arrivedAs, ExtraditionPurpose purpose,
                                boolean personIsDutchNational) {
        return cases.save(new ExtraditionCase(request.getId(), arrivedAs, purpose, personIsDutchNational));
    }

    public ExtraditionCase get(RequestReference reference) {
        Request request = register.get(reference);
        return cases.findById(request.getId())
                .orElseThrow(() -> new IllegalStateException(reference.value() + " is not an extradition request"));
    }

    /** Applies what a step decided to the case. */
    public void update(RequestReference reference, Consumer<ExtraditionCase> step) {
        step.accept(get(reference));
    }

    @Transactional(readOnly = true)
    public Optional<ExtraditionCase> find(Request request) {
        return request.getType() == RequestType.EXTRADITION ? cases.findById(request.getId()) : Optional.empty();
    }
}
