package nl.rechtshulp.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.rechtshulp.documents.Documents;
import nl.rechtshulp.referencedata.Countries;
import nl.rechtshulp.request.DocumentKind;
import nl.rechtshulp.request.Direction;
import nl.rechtshulp.request.FollowUpState;
import nl.rechtshulp.request.RequestView;
import nl.rechtshulp.request.RequestViews;
import nl.rechtshulp.request.RunningDeadline;
import nl.rechtshulp.security.CurrentUsers;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.web.DutchTime;
import nl.rechtshulp.web.Labels;
import nl.rechtshulp.pages.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * One request on one page, for a person: key facts, running deadlines with the time left, open tasks, documents
 * (download and add), decisions, the phase timeline, replies with their interpretation, follow-up actions and related
 * requests. The same access as the API; the template escapes every value.
 */
@PageController
class CasePageController {

    private final RequestViews views;
    private final Documents documents;
    private final CurrentUsers currentUsers;
    private final Countries countries;
    private final Labels labels;
    private final Clock clock;

    CasePageController(RequestViews views, Documents documents, CurrentUsers currentUsers, Countries countries,
                       Labels labels, Clock clock) {
        this.views = views;
        this.documents = documents;
        this.currentUsers = currentUsers;
        this.countries = countries;
        this.labels = labels;
        this.clock = clock;
    }

    /** A labelled value; the label is a message key. */
    record Fact(String label, String value) {
    }

    /** A deadline as the page lists it: what, when, and how much time is left. */
    record DeadlineRow(String what, boolean warning, Instant dueAt, TimeLeft left) {
    }

    @GetMapping(value = "/requests/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String reference, Model model) {
        var user = currentUsers.current();
        RequestView request = views.view(reference, user);
        Instant now = clock.instant();
        model.addAttribute("request", request);
        model.addAttribute("partnerState", countries.dutchName(request.direction() == Direction.OUTGOING
                ? request.requestedState() : request.requestingState()));
        model.addAttribute("facts", facts(request));
        model.addAttribute("extraditionFacts", request.extradition() == null ? List.of() : extraditionFacts(request.extradition()));
        model.addAttribute("deadlines", deadlines(request, now));
        model.addAttribute("documents", documents.list(reference, user, false));
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("mayAddDocuments", !user.isReadOnly());
        return "case";
    }

    /** The form on the page posts here; the answer leads back to the page. */
    @PostMapping(value = "/requests/{reference}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> upload(@PathVariable String reference, @RequestParam MultipartFile file,
                                @RequestParam String kind, @RequestParam String language,
                                @RequestParam(required = false) String datedOn) {
        LocalDate dated;
        try {
            dated = datedOn == null || datedOn.isBlank() ? null : LocalDate.parse(datedOn);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("datedOn", "datedOn must be a date (yyyy-mm-dd)");
        }
        try {
            documents.add(reference, new Documents.Upload(kind, language, dated, file.getOriginalFilename(), null,
                    file.getInputStream()), currentUsers.currentWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/requests/" + reference + "#documenten"))
                .build();
    }

    private List<Fact> facts(RequestView r) {
        var facts = new ArrayList<Fact>();
        add(facts, "case.fact.phase", labels.of("phase", r.phase()) + " · " + labels.of("stage", r.stage()) + " · "
                + labels.of("clock", r.clock()) + (r.clockReason() == null ? "" : " (" + r.clockReason() + ")"));
        add(facts, "case.fact.outcome", labels.of("outcome", r.outcome()));
        add(facts, "case.fact.foreignReference", r.foreignReference());
        add(facts, "case.fact.requestingAuthority", r.requestingAuthority());
        add(facts, "case.fact.issuingAuthorityKind", labels.of("issuingAuthorityKind", r.issuingAuthorityKind()));
        add(facts, "case.fact.validatingAuthority", r.validatingAuthority());
        add(facts, "case.fact.investigation", r.investigation());
        add(facts, "case.fact.urgency", labels.of("urgency", r.urgency()));
        add(facts, "case.fact.requestedDeadline", r.requestedDeadline() == null ? null : DutchTime.date(r.requestedDeadline()));
        add(facts, "case.fact.legalBasis", r.legalBasis());
        add(facts, "case.fact.legalBasisSource", r.legalBasisSource());
        add(facts, "case.fact.legalBasisExplanation", r.legalBasisExplanation());
        add(facts, "case.fact.legalBasisConfirmed", r.legalBasisConfirmed() == null ? null
                : r.legalBasisConfirmed() ? labels.yesNo(true) : labels.of("case", "unconfirmedBasis"));
        add(facts, "case.fact.route", labels.of("route", r.route()));
        add(facts, "case.fact.owner", labels.of("group", r.owningIrc() != null ? r.owningIrc() : r.receivingAuthority()));
        add(facts, "case.fact.officer", r.officerOfJustice());
        add(facts, "case.fact.service", labels.of("group", r.executingService()));
        add(facts, "case.fact.liaison", r.liaisonPost());
        add(facts, "case.fact.policy", r.policySubGoal() == null ? null
                : labels.of("subGoal", r.policySubGoal()) + (r.phenomenon() == null ? "" : " · " + labels.of("phenomenon", r.phenomenon())));
        add(facts, "case.fact.offenceCategory", labels.of("offence", r.offenceCategory()));
        add(facts, "case.fact.offences", r.offences());
        add(facts, "case.fact.summary", r.summaryOfFacts());
        add(facts, "case.fact.measures", String.join("; ", r.measures().stream()
                .map(m -> m.description() + " (" + labels.of("measureKind", m.kind())
                        + (m.coercive() ? ", " + labels.of("case", "coercive") : "") + ")").toList()));
        add(facts, "case.fact.persons", String.join("; ", r.persons().stream()
                .map(p -> p.fullName() + " (" + labels.of("personRole", p.role())
                        + (p.nationality() == null ? "" : ", " + countries.dutchName(p.nationality())) + ")").toList()));
        add(facts, "case.fact.timeByClock", days(r.timeByClock().dutchHands()) + " / " + days(r.timeByClock().abroad())
                + " / " + days(r.timeByClock().stopped()));
        add(facts, "case.fact.registered", DutchTime.dateTime(r.registeredAt()));
        add(facts, "case.fact.closed", r.closedAt() == null ? null : DutchTime.dateTime(r.closedAt()));
        return facts;
    }

    private List<Fact> extraditionFacts(RequestView.Extradition e) {
        var facts = new ArrayList<Fact>();
        add(facts, "case.extradition.arrivedAs", labels.of("arrival", e.arrivedAs()));
        add(facts, "case.extradition.purpose", labels.of("purpose", e.purpose()));
        add(facts, "case.extradition.dutchNational", labels.yesNo(e.personIsDutchNational()));
        add(facts, "case.extradition.channel", labels.of("channel", e.channel()));
        add(facts, "case.extradition.arrestedOn", day(e.arrestedOn()));
        add(facts, "case.extradition.formalRequestDueOn", day(e.formalRequestDueOn()));
        add(facts, "case.extradition.formalRequestReceivedOn", day(e.formalRequestReceivedOn()));
        add(facts, "case.extradition.custodyKept", e.custodyKept() == null ? null : labels.yesNo(e.custodyKept())
                + (e.documents().custodyDecidedOn() == null ? "" : " (" + day(e.documents().custodyDecidedOn()) + ")")
                + withDocument(e.documents().custodyDecision()));
        add(facts, "case.extradition.releasedOn", day(e.releasedOn()));
        add(facts, "case.extradition.custodyOrder", e.custody() == null ? null
                : labels.of("custodyTitle", e.custody().title()) + ", " + labels.of("orderedBy", e.custody().orderedBy())
                + " (" + day(e.custody().orderedOn()) + "), " + labels.of("case", "until") + " " + day(e.custody().endsOn())
                + (e.custody().document() == null ? "" : ", " + e.custody().document()));
        add(facts, "case.extradition.guaranteesRequired", e.guaranteesRequired().isEmpty() ? null
                : labels.all("guarantee", e.guaranteesRequired()));
        add(facts, "case.extradition.guaranteesReceivedOn", day(e.guaranteesReceivedOn()));
        add(facts, "case.extradition.guaranteesSufficient", labels.yesNo(e.guaranteesSufficient()));
        add(facts, "case.extradition.examiningJudgeHearingOn", day(e.examiningJudgeHearingOn()));
        add(facts, "case.extradition.consent", e.consentToSimplifiedExtradition() == null ? null
                : labels.yesNo(e.consentToSimplifiedExtradition())
                + (e.consentGivenOn() == null ? "" : " (" + day(e.consentGivenOn()) + ")")
                + withDocument(e.documents().consent()));
        add(facts, "case.extradition.prosecutorDecision", e.prosecutorDecision() == null ? null
                : labels.of("prosecutorDecision", e.prosecutorDecision()) + " (" + day(e.prosecutorDecidedOn()) + ")");
        add(facts, "case.extradition.court", e.court() == null ? null
                : e.court() + (e.courtHearingOn() == null ? "" : ", " + day(e.courtHearingOn())));
        add(facts, "case.extradition.courtRuling", e.courtFindsAdmissible() == null ? null
                : labels.of("admissible", e.courtFindsAdmissible()) + " (" + day(e.courtDecidedOn()) + ")"
                + withDocument(e.documents().court()));
        add(facts, "case.extradition.admissibleOffences", e.admissibleOffences());
        add(facts, "case.extradition.inadmissibleOffences", e.inadmissibleOffences());
        add(facts, "case.extradition.seizedObjects", e.seizedObjects());
        add(facts, "case.extradition.courtAdvice", e.courtAdvice());
        add(facts, "case.extradition.closedWithoutFormalRequest", e.documents().closedWithoutFormalRequestOn() == null
                ? null : day(e.documents().closedWithoutFormalRequestOn()) + ": " + e.documents().closedWithoutFormalRequest());
        add(facts, "case.extradition.cassationLodgingDueOn", day(e.cassationLodgingDueOn()));
        add(facts, "case.extradition.cassationLodgedBy", e.cassationLodgedBy() == null ? null
                : labels.of("cassation", e.cassationLodgedBy()) + withDocument(e.documents().cassationWaiver()));
        add(facts, "case.extradition.cassationGrounds", e.cassationGroundsDueOn() == null ? null
                : day(e.cassationGroundsDueOn()) + " / " + (e.cassationGroundsFiledOn() == null
                ? labels.of("case", "notYet") : day(e.cassationGroundsFiledOn())));
        add(facts, "case.extradition.supremeCourtRuling", e.supremeCourtFindsAdmissible() == null ? null
                : labels.of("admissible", e.supremeCourtFindsAdmissible()) + " (" + day(e.supremeCourtRuledOn()) + ")"
                + withDocument(e.documents().supremeCourt()));
        add(facts, "case.extradition.ministerAdvice", labels.of("advice", e.ministerAdvice()));
        add(facts, "case.extradition.ministerDecision", e.ministerDecision() == null ? null
                : labels.of("decision", e.ministerDecision()) + (e.ministerDecidedOn() == null ? "" : " (" + day(e.ministerDecidedOn()) + ")")
                + withDocument(e.documents().minister()));
        add(facts, "case.extradition.summaryProceedings", e.summaryProceedings() == null ? null
                : labels.of("summaryProceedings", e.summaryProceedings())
                + (e.documents().summaryProceedingsDecidedOn() == null ? ""
                : " (" + day(e.documents().summaryProceedingsDecidedOn()) + ")")
                + withDocument(e.documents().summaryProceedings()));
        add(facts, "case.extradition.summaryAppeal", e.summaryAppealOutcome() == null ? null
                : labels.of("summaryProceedings", e.summaryAppealOutcome()) + withDocument(e.documents().summaryAppeal()));
        add(facts, "case.extradition.surrenderPostponed", Boolean.TRUE.equals(e.surrenderPostponed())
                ? labels.yesNo(true) + (e.dutchProceedingsEndedOn() == null ? "" : " (" + day(e.dutchProceedingsEndedOn()) + ")")
                : null);
        add(facts, "case.extradition.arrestRequestChannel", labels.of("arrestChannel", e.arrestRequestChannel()));
        add(facts, "case.extradition.formalRequestTransmittedOn", day(e.formalRequestTransmittedOn()));
        add(facts, "case.extradition.foreignDecision", e.foreignDecision() == null ? null
                : labels.of("decision", e.foreignDecision()) + " (" + day(e.foreignDecidedOn()) + ")");
        add(facts, "case.extradition.conditions", e.conditions());
        add(facts, "case.extradition.surrender", e.surrenderDate() == null ? null : day(e.surrenderDate())
                + (e.surrenderPlace() == null ? "" : ", " + e.surrenderPlace()) + (e.escort() == null ? "" : ", " + e.escort()));
        add(facts, "case.extradition.handedOverOn", day(e.handedOverOn()));
        add(facts, "case.extradition.dutchWarrant", e.dutchWarrant() == null ? null
                : labels.of("warrant", e.dutchWarrant().kind()) + " (" + day(e.dutchWarrant().issuedOn()) + "), "
                + e.dutchWarrant().document());
        add(facts, "case.extradition.conditionsPassedOn", e.conditionsPassedOn() == null ? null
                : day(e.conditionsPassedOn()) + (e.trialProsecutor() == null ? "" : ", " + e.trialProsecutor()));
        add(facts, "case.extradition.enforcementTransfer", e.enforcementTransfer() == null ? null
                : labels.of("enforcementTransfer", e.enforcementTransfer())
                + (e.documents().enforcementTransferAnsweredOn() == null ? ""
                        : " (" + day(e.documents().enforcementTransferAnsweredOn()) + ")")
                + withDocument(e.documents().enforcementTransferRequest()));
        return facts;
    }

    private List<DeadlineRow> deadlines(RequestView r, Instant now) {
        var rows = new ArrayList<DeadlineRow>();
        if (r.requestedDeadline() != null && r.closedAt() == null) {
            Instant due = DutchTime.startOf(r.requestedDeadline());
            rows.add(new DeadlineRow(labels.of("case", "requestedDeadline"), false, due, TimeLeft.between(now, due)));
        }
        for (var task : r.openTasks()) {
            if (task.due() != null) {
                rows.add(new DeadlineRow(task.name(), false, task.due(), TimeLeft.between(now, task.due())));
            }
        }
        // Treaty and statutory deadlines the engine's timers will act on; task due dates are listed above.
        var taskKeys = r.openTasks().stream().map(RequestView.OpenTask::taskKey).toList();
        for (RunningDeadline deadline : r.runningDeadlines()) {
            if (!taskKeys.contains(deadline.activityId())) {
                rows.add(new DeadlineRow(deadline.what(), "WARNING".equals(deadline.kind()), deadline.dueAt(),
                        TimeLeft.inCalendarDays(deadline)));
            }
        }
        for (var action : r.followUpActions()) {
            if (action.dueOn() != null && action.state() == FollowUpState.OPEN) {
                Instant due = DutchTime.endOf(action.dueOn());
                rows.add(new DeadlineRow(labels.of("case", "followUpAction") + ": " + action.description(), false, due,
                        TimeLeft.between(now, due)));
            }
        }
        rows.sort(Comparator.comparing(DeadlineRow::dueAt));
        return rows;
    }

    private static void add(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, value));
        }
    }

    /** A decision's document (ECLI, reference or letter) after it, where one was recorded. */
    private static String withDocument(String document) {
        return document == null ? "" : ", " + document;
    }

    private static String day(LocalDate date) {
        return date == null ? null : DutchTime.date(date);
    }

    private String days(Duration duration) {
        return duration.toHours() >= 48 ? labels.message("duration.days", duration.toDays())
                : labels.message("duration.hours", duration.toHours());
    }

}
