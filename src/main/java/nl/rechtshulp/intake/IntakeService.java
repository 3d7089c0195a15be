package nl.rechtshulp.intake;

import nl.rechtshulp.web.DutchTime;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.referencedata.Countries;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.referencedata.LegalBasisQuestion;
import nl.rechtshulp.referencedata.LegalBasisRules;
import nl.rechtshulp.referencedata.MeasureAuthorisations;
import nl.rechtshulp.request.IssuingAuthorityKind;
import nl.rechtshulp.request.Direction;
import nl.rechtshulp.request.NewRequest;
import nl.rechtshulp.request.PersonConcerned;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.request.RequestedMeasure;
import nl.rechtshulp.request.Urgency;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.workflow.ProcessKeys;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way in for incoming requests, from the REST API and from the Tasklist start form alike: validates,
 * registers, and hands the request to its process in one transaction.
 */
@Service
public class IntakeService {

    static final String TIME_LIMITS_DECISION = "IncomingMlaTimeLimitsDecision";

    private final RequestRegister register;
    private final RuntimeService runtimeService;
    private final Countries countries;
    private final DecisionTables decisionTables;
    private final Validator validator;
    private final LegalBasisRules legalBasisRules;
    private final MeasureAuthorisations measureAuthorisations;
    private final Clock clock;

    IntakeService(RequestRegister register, RuntimeService runtimeService, Countries countries,
                  DecisionTables decisionTables, Validator validator, LegalBasisRules legalBasisRules,
                  MeasureAuthorisations measureAuthorisations, Clock clock) {
        this.register = register;
        this.runtimeService = runtimeService;
        this.countries = countries;
        this.decisionTables = decisionTables;
        this.validator = validator;
        this.legalBasisRules = legalBasisRules;
        this.measureAuthorisations = measureAuthorisations;
        this.clock = clock;
    }

    /** Registers a request received through the API and starts its process. */
    @Transactional
    public Request registerIncoming(IncomingRequestForm form, CurrentUser user) {
        Request request = register.register(toNewRequest(form, user), user.userId());
        runtimeService.createProcessInstanceByKey(ProcessKeys.INCOMING_MLA)
                .businessKey(request.getReference().value())
                .setVariables(processVariablesOf(request))
                .execute();
        return request;
    }

    /** Registers a request entered in the Tasklist start form; its process is already running. */
    @Transactional
    public Request registerFromStartForm(IncomingRequestForm form, CurrentUser user) {
        return register.register(toNewRequest(form, user), user.userId());
    }

    /**
     * The variables the process runs on: the reference, the key facts forms show, the time limits, whether the request
     * is a European Investigation Order, and whether its measures need the rechter-commissaris or are open to a
     * complaint.
     */
    Map<String, Object> processVariablesOf(Request request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.REFERENCE, request.getReference().value());
        variables.put(ProcessVariables.REQUESTING_STATE, request.getRequestingState());
        variables.put(ProcessVariables.REQUESTING_STATE_NAME, countries.dutchName(request.getRequestingState()));
        variables.put(ProcessVariables.URGENCY, request.getUrgency().name());
        variables.put(ProcessVariables.REQUESTED_DEADLINE,
                request.getRequestedDeadline() == null ? null : request.getRequestedDeadline().toString());
        variables.put(ProcessVariables.RECEIVING_AUTHORITY, request.getReceivingAuthority());
        variables.put(ProcessVariables.EUROPEAN_INVESTIGATION_ORDER, europeanInvestigationOrder(request));
        variables.put(ProcessVariables.RECEIVED_ON, request.getReceivedOn().toString());
        variables.put(ProcessVariables.FREEZING_REQUESTED, request.getMeasures().stream()
                .anyMatch(measure -> measure.getKind() == nl.rechtshulp.request.MeasureKind.FREEZING));
        var needs = measureAuthorisations.of(request.getMeasures());
        variables.put(ProcessVariables.EXAMINING_JUDGE_REQUIRED, needs.examiningJudgeRequired());
        variables.put(ProcessVariables.COMPLAINT_OPEN, needs.complaintOpen());
        Map<String, Object> limits = decisionTables.evaluate(TIME_LIMITS_DECISION,
                Map.of("urgency", request.getUrgency().name()));
        variables.put(ProcessVariables.SUPPLEMENT_REMINDER_AFTER, limits.get("supplementReminderAfter"));
        variables.put(ProcessVariables.SUPPLEMENT_GIVE_UP_AFTER, limits.get("supplementGiveUpAfter"));
        variables.put(ProcessVariables.COMPLAINT_WINDOW, limits.get("complaintWindow"));
        return variables;
    }

    private boolean europeanInvestigationOrder(Request request) {
        return legalBasisRules.determine(new LegalBasisQuestion(request.getRequestingState(), request.getType(),
                request.getOffenceCategory(), request.getOrganisedCriminalGroup(), request.getTransnationalOffence(),
                request.getReceivedOn())).europeanInvestigationOrder();
    }

    /**
     * Who issued a European Investigation Order (Annex A, section K): required where the register binds the state to
     * the Directive, with the validating judicial authority where the issuer is none (art. 2(c)(ii)).
     */
    private NewRequest.Issuer issuerOf(IncomingRequestForm form, LocalDate receivedOn) {
        boolean eio = legalBasisRules.determine(new LegalBasisQuestion(form.requestingState(), RequestType.MLA,
                form.offenceCategory(), form.organisedCriminalGroup(), form.transnationalOffence(), receivedOn))
                .europeanInvestigationOrder();
        String validating = form.validatingAuthority() == null || form.validatingAuthority().isBlank() ? null
                : form.validatingAuthority().trim();
        if (form.issuingAuthorityKind() == null) {
            if (eio) {
                throw ApiProblem.badRequest("issuingAuthorityKind", "A European Investigation Order names the kind "
                        + "of authority that issued it: " + java.util.Arrays.toString(IssuingAuthorityKind.values()));
            }
            return validating == null ? null : new NewRequest.Issuer(null, validating);
        }
        if (form.issuingAuthorityKind().needsValidation() && validating == null) {
            throw ApiProblem.badRequest("validatingAuthority", "An order issued by "
                    + form.issuingAuthorityKind() + " needs the judicial authority that validated it");
        }
        return new NewRequest.Issuer(form.issuingAuthorityKind(), validating);
    }

    private NewRequest toNewRequest(IncomingRequestForm form, CurrentUser user) {
        IntakeChecks.validate(validator, form);
        if (form.direction() == Direction.OUTGOING || form.type() == RequestType.EXTRADITION) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Not supported",
                    "Only incoming mutual legal assistance requests can be registered here");
        }
        IntakeChecks.requireKnownCountry(countries, "requestingState", form.requestingState());
        if (form.requestingState().equals(Countries.NETHERLANDS)) {
            throw ApiProblem.badRequest("requestingState", "An incoming request comes from another state than NL");
        }
        if (form.persons() != null) {
            form.persons().stream().filter(person -> person.nationality() != null)
                    .forEach(person -> IntakeChecks.requireKnownCountry(countries, "persons.nationality", person.nationality()));
        }
        LocalDate today = DutchTime.today(clock);
        LocalDate receivedOn = form.receivedOn() == null ? today : form.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw ApiProblem.badRequest("receivedOn", "receivedOn cannot lie in the future");
        }
        return new NewRequest(form.foreignReference().trim(), Direction.INCOMING, RequestType.MLA,
                form.requestingState(), Countries.NETHERLANDS, form.requestingAuthority().trim(),
                form.urgency() == null ? Urgency.NORMAL : form.urgency(), form.requestedDeadline(),
                form.deadlineReason(), form.summaryOfFacts(), form.offences(), form.offenceCategory(),
                form.executionRegion(), IntakeChecks.receivingAuthority(form.receivingAuthority(), user), receivedOn,
                form.measures().stream().map(IncomingRequestForm.Measure::toRequested).toList(),
                form.persons() == null ? List.of() : form.persons().stream()
                        .map(p -> new PersonConcerned(p.role(), p.fullName().trim(), p.birthDate(), p.nationality()))
                        .toList(),
                form.policySubGoal(), form.phenomenon(), form.organisedCriminalGroup(),
                form.transnationalOffence(), null, issuerOf(form, receivedOn));
    }
}
