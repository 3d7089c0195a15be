package nl.rechtshulp.intake;

import nl.rechtshulp.web.DutchTime;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.referencedata.Countries;
import nl.rechtshulp.request.Direction;
import nl.rechtshulp.request.ExtraditionArrival;
import nl.rechtshulp.request.ExtraditionPurpose;
import nl.rechtshulp.extradition.ExtraditionRegister;
import nl.rechtshulp.request.NewRequest;
import nl.rechtshulp.request.PersonConcerned;
import nl.rechtshulp.request.PersonRole;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.request.RequestedMeasure;
import nl.rechtshulp.request.Urgency;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.workflow.ProcessKeys;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way in for extradition requests, both directions: validates, registers the request and its extradition
 * facts, and starts its process in one transaction. Whether a treaty allows extradition at all is the process's first
 * step (a rule a lawyer maintains), not a registration check: a request without a treaty is still recorded and answered.
 */
@Service
public class ExtraditionIntakeService {

    private final RequestRegister register;
    private final ExtraditionRegister extraditions;
    private final RuntimeService runtimeService;
    private final Countries countries;
    private final Validator validator;
    private final Clock clock;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    ExtraditionIntakeService(RequestRegister register, ExtraditionRegister extraditions, RuntimeService runtimeService,
                             Countries countries, Validator validator, Clock clock, ProcessEngine processEngine) {
        this.engineConfiguration = ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
        this.register = register;
        this.extraditions = extraditions;
        this.runtimeService = runtimeService;
        this.countries = countries;
        this.validator = validator;
        this.clock = clock;
    }

    /** Registers a request received through the API and starts its process. */
    @Transactional
    public Request register(ExtraditionRequestForm form, CurrentUser user) {
        Registration registration = registerWithoutProcess(form, user);
        Request request = registration.request();
        // Only this service starts extradition processes through the engine's API: a start through /engine-rest goes
        // through the Tasklist start form's registration, which gives the reference (EngineWriteGuard refuses one given).
        String processKey = form.direction() == Direction.OUTGOING
                ? ProcessKeys.OUTGOING_EXTRADITION : ProcessKeys.INCOMING_EXTRADITION;
        engineConfiguration.getCommandExecutorTxRequired().execute(commandContext ->
                commandContext.runWithoutAuthorization(() -> runtimeService.createProcessInstanceByKey(processKey)
                        .businessKey(request.getReference().value())
                        .setVariables(registration.processVariables())
                        .execute()));
        return request;
    }

    /** What a registration made: the request, and the variables its process runs on. */
    record Registration(Request request, Map<String, Object> processVariables) {
    }

    /**
     * Registers a request and its extradition facts, for a process that the caller starts (the API) or that is
     * already running (the Tasklist start form).
     */
    @Transactional
    Registration registerWithoutProcess(ExtraditionRequestForm form, CurrentUser user) {
        IntakeChecks.validate(validator, form);
        IntakeChecks.requireKnownCountry(countries, "personSought.nationality", form.personSought().nationality());
        boolean incoming = form.direction() != Direction.OUTGOING;
        NewRequest details = incoming ? incoming(form, user) : outgoing(form, user);
        Request request = register.register(details, user.userId());
        String competentIrc = incoming ? competentIrc(form.competentIrc()) : request.getReceivingAuthority();
        register.assignCompetentAuthority(request.getReference(), competentIrc,
                incoming ? null : form.officerOfJustice().trim(), null);
        boolean dutchNational = Countries.NETHERLANDS.equals(form.personSought().nationality());
        extraditions.open(request, incoming ? form.arrivedAs() : null, form.purpose(), dutchNational);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.REFERENCE, request.getReference().value());
        variables.put(ProcessVariables.URGENCY, request.getUrgency().name());
        variables.put(ProcessVariables.RECEIVING_AUTHORITY, request.getReceivingAuthority());
        variables.put(ProcessVariables.OWNING_IRC, competentIrc);
        variables.put(ProcessVariables.PURPOSE, form.purpose().name());
        variables.put(ProcessVariables.PERSON_IS_DUTCH_NATIONAL, dutchNational);
        String partner = incoming ? request.getRequestingState() : request.getRequestedState();
        variables.put(ProcessVariables.PARTNER_STATE, partner);
        if (incoming) {
            variables.put(ProcessVariables.REQUESTING_STATE, partner);
            variables.put(ProcessVariables.REQUESTING_STATE_NAME, countries.dutchName(partner));
            variables.put(ProcessVariables.ARRIVED_AS, form.arrivedAs().name());
        } else {
            variables.put(ProcessVariables.REQUESTED_STATE, partner);
            variables.put(ProcessVariables.REQUESTED_STATE_NAME, countries.dutchName(partner));
        }
        return new Registration(request, variables);
    }

    private NewRequest incoming(ExtraditionRequestForm form, CurrentUser user) {
        require("arrivedAs", form.arrivedAs());
        require("foreignReference", blankToNull(form.foreignReference()));
        require("requestingState", form.requestingState());
        require("competentIrc", blankToNull(form.competentIrc()));
        IntakeChecks.requireKnownCountry(countries, "requestingState", form.requestingState());
        if (form.requestingState().equals(Countries.NETHERLANDS)) {
            throw ApiProblem.badRequest("requestingState", "An incoming request comes from another state than NL");
        }
        LocalDate receivedOn = form.receivedOn() == null ? today() : form.receivedOn();
        if (receivedOn.isAfter(today())) {
            throw ApiProblem.badRequest("receivedOn", "receivedOn cannot lie in the future");
        }
        // An alert asks for arrest: the person will be held for this request unless the sender says otherwise.
        Urgency urgency = form.urgency() != null ? form.urgency()
                : form.arrivedAs() == ExtraditionArrival.PROVISIONAL_ARREST_ALERT ? Urgency.DETAINED : Urgency.NORMAL;
        return new NewRequest(form.foreignReference().trim(), Direction.INCOMING, RequestType.EXTRADITION,
                form.requestingState(), Countries.NETHERLANDS, form.requestingAuthority().trim(), urgency, null, null,
                form.summaryOfFacts(), form.offences(), form.offenceCategory(), null,
                IntakeChecks.receivingAuthority(form.receivingAuthority(), user), receivedOn, measures(form), persons(form),
                form.policySubGoal(), form.phenomenon(), form.organisedCriminalGroup(),
                form.transnationalOffence(), null, null);
    }

    private NewRequest outgoing(ExtraditionRequestForm form, CurrentUser user) {
        require("requestedState", form.requestedState());
        require("investigation", blankToNull(form.investigation()));
        require("officerOfJustice", blankToNull(form.officerOfJustice()));
        IntakeChecks.requireKnownCountry(countries, "requestedState", form.requestedState());
        if (form.requestedState().equals(Countries.NETHERLANDS)) {
            throw ApiProblem.badRequest("requestedState", "An outgoing request goes to another state than NL");
        }
        return new NewRequest(null, Direction.OUTGOING, RequestType.EXTRADITION, Countries.NETHERLANDS,
                form.requestedState(), form.requestingAuthority().trim(),
                form.urgency() == null ? Urgency.NORMAL : form.urgency(), null, null, form.summaryOfFacts(),
                form.offences(), form.offenceCategory(), null, IntakeChecks.draftingIrc("competentIrc", form.competentIrc(), user), today(),
                measures(form), persons(form), form.policySubGoal(), form.phenomenon(),
                form.organisedCriminalGroup(), form.transnationalOffence(),
                new NewRequest.Outgoing(form.investigation().trim(),
                        form.requestLanguage() == null ? "nl" : form.requestLanguage(),
                        form.officerOfJustice().trim(), null, null), null);
    }

    private static List<RequestedMeasure> measures(ExtraditionRequestForm form) {
        return List.of(new RequestedMeasure(form.purpose() == ExtraditionPurpose.PROSECUTION
                ? "Uitlevering ter strafvervolging" : "Uitlevering ter tenuitvoerlegging van een vonnis", true));
    }

    private static List<PersonConcerned> persons(ExtraditionRequestForm form) {
        var person = form.personSought();
        return List.of(new PersonConcerned(form.purpose() == ExtraditionPurpose.PROSECUTION
                ? PersonRole.SUSPECT : PersonRole.CONVICTED_PERSON, person.fullName().trim(), person.birthDate(),
                person.nationality()));
    }

    private static String competentIrc(String irc) {
        if (!AuthorityGroups.REGIONAL_IRCS.contains(irc) && !AuthorityGroups.FUNCTIONEEL_PARKET.equals(irc)) {
            throw ApiProblem.badRequest("competentIrc",
                    "competentIrc must be a regional IRC or the IRC Functioneel Parket, not '" + irc + "'");
        }
        return irc;
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw ApiProblem.badRequest(field, field + ": is required for this direction");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }
}
