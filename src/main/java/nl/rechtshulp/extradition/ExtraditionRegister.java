package nl.rechtshulp.extradition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.rechtshulp.request.ExtraditionArrival;
import nl.rechtshulp.request.ExtraditionFacts;
import nl.rechtshulp.request.ExtraditionPurpose;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.request.RequestView;
import nl.rechtshulp.request.RunningDeadline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extradition facts of a request: opened at registration, then recorded by each process step in the engine's
 * transaction, so a decision and its record land together or not at all. Outside this module only registration and
 * the messages from abroad write them; the request view reads them.
 */
@Service
@Transactional
public class ExtraditionRegister implements ExtraditionFacts {

    private final RequestRegister register;
    private final ExtraditionCaseRepository cases;

    ExtraditionRegister(RequestRegister register, ExtraditionCaseRepository cases) {
        this.register = register;
        this.cases = cases;
    }

    /** Opens the facts of a newly registered request; a formal request that came first was received on its day. */
    public void open(Request request, ExtraditionArrival arrivedAs, ExtraditionPurpose purpose,
                     boolean personIsDutchNational) {
        LocalDate formalRequestReceivedOn = arrivedAs == ExtraditionArrival.FORMAL_REQUEST ? request.getReceivedOn() : null;
        cases.save(new ExtraditionCase(request.getId(), arrivedAs, purpose, personIsDutchNational, formalRequestReceivedOn));
    }

    public void recordFormalRequestReceived(RequestReference reference, LocalDate receivedOn) {
        update(reference, facts -> facts.recordFormalRequestReceived(receivedOn));
    }

    public void recordGuaranteesReceived(RequestReference reference, LocalDate receivedOn) {
        update(reference, facts -> facts.recordGuaranteesReceived(receivedOn));
    }

    @Transactional(readOnly = true)
    public Optional<ExtraditionPurpose> purposeOf(Request request) {
        return find(request).map(ExtraditionCase::getPurpose);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RequestView.Extradition> viewOf(Request request, List<RunningDeadline> deadlines) {
        return find(request).map(facts -> ExtraditionViews.of(facts, deadlines));
    }

    ExtraditionCase get(RequestReference reference) {
        Request request = register.get(reference);
        return cases.findById(request.getId())
                .orElseThrow(() -> new IllegalStateException(reference.value() + " is not an extradition request"));
    }

    /** Applies what a step decided to the case. */
    void update(RequestReference reference, Consumer<ExtraditionCase> step) {
        step.accept(get(reference));
    }

    private Optional<ExtraditionCase> find(Request request) {
        return request.getType() == RequestType.EXTRADITION ? cases.findById(request.getId()) : Optional.empty();
    }
}
