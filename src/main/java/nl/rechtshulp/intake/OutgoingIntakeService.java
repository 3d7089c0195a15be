package nl.rechtshulp.intake;

import nl.rechtshulp.web.DutchTime;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.rechtshulp.referencedata.Countries;
import nl.rechtshulp.request.Direction;
import nl.rechtshulp.request.NewRequest;
import nl.rechtshulp.request.PersonConcerned;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.request.RequestedMeasure;
import nl.rechtshulp.request.Urgency;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.workflow.ProcessKeys;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way in for requests the Netherlands sends, from the REST API, the Tasklist start form and a follow-up
 * action asking for a supplementary request: validates the draft, registers it and starts its process.
 */
@Service
public class OutgoingIntakeService {
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final RequestRegister register;
    private final RuntimeService runtimeService;
    private final Countries countries;
    private final Validator validator;
    private final Clock clock;

    OutgoingIntakeService(RequestRegister register, RuntimeService runtimeService, Countries countries,
                          Validator validator, Clock clock) {
        this.register = register;
        this.runtimeService = runtimeService;
        this.countries = countries;
        this.validator = validator;
        this.clock = clock;
    }

    /** Registers a draft received through the API and starts its process. */
    @Transactional
    public Request draft(OutgoingRequestForm form, CurrentUser user) {
        return start(register.register(toNewRequest(form, user), user.userId()));
    }

    /** Registers a draft entered in the Tasklist start form; its process is already running. */
    @Transactional
    public Request draftFromStartForm(OutgoingRequestForm form, CurrentUser user) {
        return register.register(toNewRequest(form, user), user.userId());
    }

    /**
     * A reply called for more: a new draft to the same state, in the same investigation and about the same persons,
     * asking what the follow-up action describes. It has no documents yet, so its drafter gets it back to attach them.
     */
    @Transactional
    public Request draftSupplementary(RequestReference parentReference, String assistanceSought, String proposedBy) {
        Request parent = register.get(parentReference);
        var details = new NewRequest(null, Direction.OUTGOING, RequestType.MLA, Countries.NETHERLANDS,
                parent.getRequestedState(), parent.getRequestingAuthority(), parent.getUrgency(), null, null,
                "Aanvullend op " + parentReference.value() + ". " + parent.getSummaryOfFacts(),
                parent.getOffences(), parent.getOffenceCategory(), null, parent.getOwningIrc(), today(),
                List.of(new RequestedMeasure(assistanceSought, false)),
                parent.getPersons().stream().map(p -> new PersonConcerned(p.getRole(), p.getFullName(),
                        p.getBirthDate(), p.getNationality())).toList(),
                parent.getPolicySubGoal(), parent.getPhenomenon(),
                parent.getOrganisedCriminalGroup(), parent.getTransnationalOffence(),
                new NewRequest.Outgoing(parent.getInvestigation(), parent.getRequestLanguage(),
                        parent.getOfficerOfJustice(), parent.getExecutingService(),
                        parent.getId()), null);
        return start(register.register(details, proposedBy));
    }

    private Request start(Request request) {
        runtimeService.createProcessInstanceByKey(ProcessKeys.OUTGOING_MLA)
                .businessKey(request.getReference().value())
                .setVariables(processVariablesOf(request))
                .execute();
        return request;
    }

    /** The variables the process runs on: the reference, the key facts forms show, who owns and analyses it. */
    Map<String, Object> processVariablesOf(Request request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.REFERENCE, request.getReference().value());
        variables.put(ProcessVariables.REQUESTED_STATE, request.getRequestedState());
        variables.put(ProcessVariables.REQUESTED_STATE_NAME, countries.dutchName(request.getRequestedState()));
        variables.put(ProcessVariables.URGENCY, request.getUrgency().name());
        variables.put(ProcessVariables.REQUESTED_DEADLINE,
                request.getRequestedDeadline() == null ? null : request.getRequestedDeadline().toString());
        variables.put(ProcessVariables.RECEIVING_AUTHORITY, request.getReceivingAuthority());
        variables.put(ProcessVariables.OWNING_IRC, request.getOwningIrc());
        variables.put(ProcessVariables.EXECUTING_SERVICE, request.getExecutingService());
        return variables;
    }

    private NewRequest toNewRequest(OutgoingRequestForm form, CurrentUser user) {
        IntakeChecks.validate(validator, form);
        IntakeChecks.requireKnownCountry(countries, "requestedState", form.requestedState());
        if (form.requestedState().equals(Countries.NETHERLANDS)) {
            throw ApiProblem.badRequest("requestedState", "An outgoing request goes to another state than NL");
        }
        if (!LANGUAGES.contains(form.requestLanguage())) {
            throw ApiProblem.badRequest("requestLanguage",
                    "requestLanguage: '" + form.requestLanguage() + "' is not an ISO 639-1 language code");
        }
        if (!AuthorityGroups.EXECUTING_SERVICES.contains(form.analysingService())) {
            throw ApiProblem.badRequest("analysingService",
                    "analysingService must be one of " + AuthorityGroups.EXECUTING_SERVICES);
        }
        if (form.persons() != null) {
            form.persons().stream().filter(person -> person.nationality() != null).forEach(person ->
                    IntakeChecks.requireKnownCountry(countries, "persons.nationality", person.nationality()));
        }
        if (form.requestedDeadline() != null && !form.requestedDeadline().isAfter(today())) {
            throw ApiProblem.badRequest("requestedDeadline", "requestedDeadline must lie in the future");
        }
        return new NewRequest(null, Direction.OUTGOING, RequestType.MLA, Countries.NETHERLANDS, form.requestedState(),
                form.requestingAuthority().trim(), form.urgency() == null ? Urgency.NORMAL : form.urgency(),
                form.requestedDeadline(), form.deadlineReason(), form.summaryOfFacts(), form.offences(),
                form.offenceCategory(), null, IntakeChecks.draftingIrc("draftingAuthority", form.draftingAuthority(), user), today(),
                form.measures().stream().map(IncomingRequestForm.Measure::toRequested).toList(),
                form.persons() == null ? List.of() : form.persons().stream()
                        .map(p -> new PersonConcerned(p.role(), p.fullName().trim(), p.birthDate(), p.nationality()))
                        .toList(),
                form.policySubGoal(), form.phenomenon(), form.organisedCriminalGroup(), form.transnationalOffence(),
                new NewRequest.Outgoing(form.investigation().trim(), form.requestLanguage(),
                        form.officerOfJustice().trim(), form.analysingService(), null), null);
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }

}
