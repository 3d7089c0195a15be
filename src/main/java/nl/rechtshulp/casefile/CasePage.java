package nl.rechtshulp.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.rechtshulp.documents.DocumentView;
import nl.rechtshulp.documents.Documents;
import nl.rechtshulp.referencedata.Countries;
import nl.rechtshulp.request.RequestView;
import nl.rechtshulp.request.RequestViews;
import nl.rechtshulp.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * One request on one page, in Dutch, for a person: key facts, phase timeline, running deadlines with the time left,
 * open tasks, documents (download and add), replies with their interpretation, follow-up actions, related requests,
 * and the audit trail. Server-rendered, every value escaped; the same access as the API.
 */
@RestController
class CasePage {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 1.5rem 2rem; color: #1b1b1b; max-width: 80rem; }
            h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2rem; border-bottom: 2px solid #0b4f8a; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
            th, td { border: 1px solid #767676; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            th { background: #e8eef5; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1.2rem; }
            dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
            .late { color: #a4000f; font-weight: 600; } a { color: #0b4f8a; }
            nav a { margin-right: 1rem; } form { margin-top: 0.8rem; display: flex; gap: 0.8rem; flex-wrap: wrap; align-items: end; }
            label { display: flex; flex-direction: column; font-size: 0.9rem; }
            """;

    private final RequestViews views;
    private final Documents documents;
    private final CurrentUsers currentUsers;
    private final Countries countries;
    private final Clock clock;

    CasePage(RequestViews views, Documents documents, CurrentUsers currentUsers, Countries countries, Clock clock) {
        this.views = views;
        this.documents = documents;
        this.currentUsers = currentUsers;
        this.countries = countries;
        this.clock = clock;
    }

    @GetMapping(value = "/requests/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String reference) {
        var user = currentUsers.current();
        RequestView request = views.view(reference, user);
        List<DocumentView> files = documents.list(reference, user, false);
        Instant now = clock.instant();
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        html.text("Verzoek " + request.reference()).raw(" · Rechtshulp</title>\n<style>").raw(STYLE).raw("</style>\n</head>\n<body>\n<main>\n");
        html.raw("<h1>").text(title(request)).raw("</h1>\n<nav aria-label=\"Verwante pagina's\">")
                .raw("<a href=\"/audit/requests/").text(request.reference()).raw("\">Audittrail</a>")
                .raw("<a href=\"/api/requests/").text(request.reference()).raw("\">Als JSON</a>")
                .raw("<a href=\"/camunda/app/tasklist/\">Takenlijst</a></nav>\n");
        facts(html, request);
        extradition(html, request);
        deadlines(html, request, now);
        tasks(html, request);
        documentsSection(html, request, files);
        timeline(html, request);
        replies(html, request);
        followUp(html, request);
        related(html, request);
        return html.raw("</main>\n</body>\n</html>\n").toString();
    }

    /** The form on this page posts here; the answer leads back to the page. */
    @PostMapping(value = "/requests/{reference}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> upload(@PathVariable String reference, @RequestParam MultipartFile file,
                                @RequestParam String kind, @RequestParam String language,
                                @RequestParam(required = false) String datedOn) {
        try {
            documents.add(reference, new Documents.Upload(kind, language,
                    datedOn == null || datedOn.isBlank() ? null : LocalDate.parse(datedOn), file.getOriginalFilename(),
                    null, file.getInputStream()), currentUsers.currentWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.time.format.DateTimeParseException e) {
            throw nl.rechtshulp.web.ApiProblem.badRequest("datedOn", "datedOn must be a date (yyyy-mm-dd)");
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/requests/" + reference + "#documenten")).build();
    }

    private String title(RequestView request) {
        String direction = "OUTGOING".equals(request.direction().name()) ? "Uitgaand" : "Inkomend";
        String type = "MLA".equals(request.type().name()) ? "rechtshulpverzoek" : "uitleveringsverzoek";
        String state = "OUTGOING".equals(request.direction().name())
                ? "aan " + countries.dutchName(request.requestedState())
                : "van " + countries.dutchName(request.requestingState());
        return direction + " " + type + " " + request.reference() + " " + state;
    }

    private void facts(Html html, RequestView r) {
        html.raw("<h2 id=\"feiten\">Kerngegevens</h2>\n<dl>\n")
                .fact("Fase", DutchLabels.of(r.phase()) + " · " + r.stage() + " · " + DutchLabels.of(r.clock())
                        + (r.clockReason() == null ? "" : " (" + r.clockReason() + ")"))
                .fact("Uitkomst", DutchLabels.of(r.outcome()))
                .fact("Kenmerk buitenland", r.foreignReference())
                .fact("Verzoekende autoriteit", r.requestingAuthority())
                .fact("Onderzoek", r.investigation())
                .fact("Urgentie", DutchLabels.of(r.urgency()))
                .fact("Rechtsgrond", r.legalBasis())
                .fact("Bron van de rechtsgrond", r.legalBasisSource())
                .fact("Waarom deze rechtsgrond", r.legalBasisExplanation())
                .fact("Rechtsgrond bevestigd", r.legalBasisConfirmed() == null ? null
                        : r.legalBasisConfirmed() ? "ja" : "nee: het verdragsregister markeert een feit als onbevestigd")
                .fact("Route", DutchLabels.of(r.route()))
                .fact("Eigenaar (IRC)", DutchLabels.of(r.owningIrc() != null ? r.owningIrc() : r.receivingAuthority()))
                .fact("Officier van justitie", r.officerOfJustice())
                .fact("Dienst", DutchLabels.of(r.executingService()))
                .fact("Liaisonmagistraat", r.liaisonPost())
                .fact("Subdoel en fenomeen", r.policySubGoal() == null ? null : DutchLabels.of(r.policySubGoal()) + " · " + DutchLabels.of(r.phenomenon()))
                .fact("Strafbare feiten", r.offences())
                .fact("Samenvatting", r.summaryOfFacts())
                .fact("Gevraagd", String.join("; ", r.measures().stream()
                        .map(m -> m.description() + (m.coercive() ? " (dwangmiddel)" : "")).toList()))
                .fact("Betrokkenen", String.join("; ", r.persons().stream()
                        .map(p -> p.fullName() + " (" + DutchLabels.of(p.role()) + (p.nationality() == null ? "" : ", " + p.nationality()) + ")")
                        .toList()))
                .fact("Tijd in Nederlandse handen / buitenland / stil", hours(r.timeByClock().dutchHands()) + " / "
                        + hours(r.timeByClock().abroad()) + " / " + hours(r.timeByClock().stopped()))
                .fact("Geregistreerd", at(r.registeredAt()))
                .raw("</dl>\n");
    }

    /** What only an extradition request has: arrival, the person's position, guarantees and every decision. */
    private void extradition(Html html, RequestView r) {
        var e = r.extradition();
        if (e == null) {
            return;
        }
        html.raw("<h2 id=\"uitlevering\">Uitlevering</h2>\n<dl>\n")
                .fact("Binnengekomen als", e.arrivedAs() == null ? null : DutchLabels.of(e.arrivedAs()))
                .fact("Doel", DutchLabels.of(e.purpose()))
                .fact("Opgeëiste persoon is Nederlander", e.personIsDutchNational() ? "ja" : "nee")
                .fact("Weg", DutchLabels.of(e.channel()))
                .fact("Aangehouden op", day(e.arrestedOn()))
                .fact("Formeel verzoek uiterlijk", day(e.formalRequestDueOn()))
                .fact("Formeel verzoek ontvangen", day(e.formalRequestReceivedOn()))
                .fact("Voorlopige aanhouding gehandhaafd", yesNo(e.custodyKept()))
                .fact("In vrijheid gesteld op", day(e.releasedOn()))
                .fact("Vereiste garanties", e.guaranteesRequired().isEmpty() ? null : String.join("; ",
                        e.guaranteesRequired().stream().map(DutchLabels::of).toList()))
                .fact("Garanties ontvangen op", day(e.guaranteesReceivedOn()))
                .fact("Garanties toereikend", yesNo(e.guaranteesSufficient()))
                .fact("Verhoor rechter-commissaris", day(e.examiningJudgeHearingOn()))
                .fact("Instemming met vereenvoudigde uitlevering", yesNo(e.consentToSimplifiedExtradition()))
                .fact("Beslissing officier van justitie (vereenvoudigd)", e.prosecutorDecision() == null ? null
                        : DutchLabels.of(e.prosecutorDecision()) + " (" + day(e.prosecutorDecidedOn()) + ")")
                .fact("Rechtbank", e.court() == null ? null : e.court() + (e.courtHearingOn() == null ? ""
                        : ", zitting " + day(e.courtHearingOn())))
                .fact("Uitspraak rechtbank", e.courtFindsAdmissible() == null ? null
                        : (e.courtFindsAdmissible() ? "toelaatbaar" : "ontoelaatbaar") + " (" + day(e.courtDecidedOn()) + ")")
                .fact("Inbeslaggenomen voorwerpen", e.seizedObjects())
                .fact("Cassatie ingesteld door", DutchLabels.of(e.cassationLodgedBy()))
                .fact("Cassatiemiddelen uiterlijk / ingediend", e.cassationGroundsDueOn() == null ? null
                        : day(e.cassationGroundsDueOn()) + " / " + (e.cassationGroundsFiledOn() == null ? "nog niet"
                        : day(e.cassationGroundsFiledOn())))
                .fact("Uitspraak Hoge Raad", e.supremeCourtFindsAdmissible() == null ? null
                        : (e.supremeCourtFindsAdmissible() ? "toelaatbaar" : "ontoelaatbaar") + " (" + day(e.supremeCourtRuledOn()) + ")")
                .fact("Advies AIRS aan de Minister", DutchLabels.of(e.ministerAdvice()))
                .fact("Beslissing van de Minister", e.ministerDecision() == null ? null
                        : DutchLabels.of(e.ministerDecision()) + (e.ministerDecidedOn() == null ? "" : " (" + day(e.ministerDecidedOn()) + ")"))
                .fact("Kort geding", DutchLabels.of(e.summaryProceedings()))
                .fact("Gevraagd via", DutchLabels.of(e.arrestRequestChannel()))
                .fact("Formeel verzoek verzonden op", day(e.formalRequestTransmittedOn()))
                .fact("Beslissing aangezochte staat", e.foreignDecision() == null ? null
                        : DutchLabels.of(e.foreignDecision()) + " (" + day(e.foreignDecidedOn()) + ")")
                .fact("Voorwaarden", e.conditions())
                .fact("Overdracht", e.surrenderDate() == null ? null : day(e.surrenderDate()) + ", " + e.surrenderPlace()
                        + (e.escort() == null ? "" : ", " + e.escort()))
                .fact("Overgedragen op", day(e.handedOverOn()))
                .raw("</dl>\n");
    }

    private static String day(LocalDate date) {
        return date == null ? null : date.format(DATE);
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "ja" : "nee";
    }

    private void deadlines(Html html, RequestView r, Instant now) {
        html.raw("<h2 id=\"termijnen\">Lopende termijnen</h2>\n<table><thead><tr><th scope=\"col\">Wat</th>"
                + "<th scope=\"col\">Wanneer</th><th scope=\"col\">Resterend</th></tr></thead><tbody>\n");
        int rows = 0;
        if (r.requestedDeadline() != null && r.closedAt() == null) {
            Instant due = r.requestedDeadline().atStartOfDay(AMSTERDAM).toInstant();
            html.raw("<tr><td>Termijn van de verzoekende staat</td><td>").text(r.requestedDeadline().format(DATE))
                    .raw("</td>").raw(left(due, now)).raw("</tr>\n");
            rows++;
        }
        for (var task : r.openTasks()) {
            if (task.due() != null) {
                html.raw("<tr><td>").text(task.name()).raw("</td><td>").text(at(task.due())).raw("</td>")
                        .raw(left(task.due(), now)).raw("</tr>\n");
                rows++;
            }
        }
        if (r.extradition() != null) {
            // Treaty and statutory deadlines the engine's timers will act on; task due dates are listed above.
            var taskKeys = r.openTasks().stream().map(RequestView.OpenTask::taskKey).toList();
            for (var deadline : r.extradition().runningDeadlines()) {
                if (!taskKeys.contains(deadline.activityId())) {
                    html.raw("<tr><td>").text(deadline.what() + ("WARNING".equals(deadline.kind()) ? " (waarschuwing)" : ""))
                            .raw("</td><td>").text(at(deadline.dueAt())).raw("</td>").raw(calendarDaysLeft(deadline))
                            .raw("</tr>\n");
                    rows++;
                }
            }
        }
        for (var action : r.followUpActions()) {
            if (action.dueOn() != null && "OPEN".equals(action.state().name())) {
                Instant due = action.dueOn().plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
                html.raw("<tr><td>Vervolgactie: ").text(action.description()).raw("</td><td>")
                        .text(action.dueOn().format(DATE)).raw("</td>").raw(left(due, now)).raw("</tr>\n");
                rows++;
            }
        }
        if (rows == 0) {
            html.raw("<tr><td colspan=\"3\">Geen lopende termijnen</td></tr>\n");
        }
        html.raw("</tbody></table>\n");
    }

    private void tasks(Html html, RequestView r) {
        html.raw("<h2 id=\"taken\">Open taken</h2>\n<table><thead><tr><th scope=\"col\">Taak</th><th scope=\"col\">Groepen</th>"
                + "<th scope=\"col\">Behandelaar</th><th scope=\"col\">Termijn</th></tr></thead><tbody>\n");
        for (var task : r.openTasks()) {
            html.raw("<tr><td><a href=\"/camunda/app/tasklist/default/#/?task=").text(task.id()).raw("\">")
                    .text(task.name()).raw("</a></td><td>").text(String.join(", ", task.candidateGroups()))
                    .raw("</td><td>").text(task.assignee() == null ? "niet opgepakt" : task.assignee())
                    .raw("</td><td>").text(task.due() == null ? "" : at(task.due())).raw("</td></tr>\n");
        }
        if (r.openTasks().isEmpty()) {
            html.raw("<tr><td colspan=\"4\">Geen open taken</td></tr>\n");
        }
        html.raw("</tbody></table>\n");
    }

    private void documentsSection(Html html, RequestView r, List<DocumentView> files) {
        html.raw("<h2 id=\"documenten\">Documenten</h2>\n<table><thead><tr><th scope=\"col\">Soort</th>"
                + "<th scope=\"col\">Naam</th><th scope=\"col\">Taal</th><th scope=\"col\">Datum</th>"
                + "<th scope=\"col\">Grootte</th><th scope=\"col\">Toegevoegd</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n");
        for (DocumentView file : files) {
            html.raw("<tr><td>").text(DutchLabels.of(file.kind())).text(file.supersededBy() == null ? "" : " (vervangen door " + file.supersededBy() + ")")
                    .raw("</td><td><a href=\"/api/requests/").text(r.reference()).raw("/documents/").text(file.id())
                    .raw("\">").text(file.name()).raw("</a></td><td>").text(file.language()).raw("</td><td>")
                    .text(file.datedOn() == null ? "" : file.datedOn().format(DATE)).raw("</td><td>")
                    .text(size(file.size())).raw("</td><td>").text(file.addedBy() + ", " + at(file.addedAt()))
                    .raw("</td><td><code>").text(file.sha256().substring(0, 12)).raw("…</code></td></tr>\n");
        }
        if (files.isEmpty()) {
            html.raw("<tr><td colspan=\"7\">Nog geen documenten</td></tr>\n");
        }
        html.raw("</tbody></table>\n<form method=\"post\" enctype=\"multipart/form-data\" action=\"/requests/")
                .text(r.reference()).raw("/documents\">\n<label>Bestand<input type=\"file\" name=\"file\" required></label>\n"
                        + "<label>Soort<select name=\"kind\" required>");
        for (var kind : nl.rechtshulp.request.DocumentKind.values()) {
            html.raw("<option value=\"").text(kind).raw("\">").text(DutchLabels.of(kind)).raw("</option>");
        }
        html.raw("</select></label>\n<label>Taal (ISO 639-1)<input name=\"language\" value=\"nl\" pattern=\"[a-z]{2}\" required size=\"3\"></label>\n"
                + "<label>Datum verzonden of ontvangen<input type=\"date\" name=\"datedOn\"></label>\n"
                + "<button type=\"submit\">Document toevoegen</button>\n</form>\n");
    }

    private void timeline(Html html, RequestView r) {
        html.raw("<h2 id=\"verloop\">Verloop</h2>\n<table><thead><tr><th scope=\"col\">Sinds</th><th scope=\"col\">Fase</th>"
                + "<th scope=\"col\">Stap</th><th scope=\"col\">Klok</th></tr></thead><tbody>\n");
        for (var entry : r.phaseHistory()) {
            html.row(at(entry.enteredAt()), DutchLabels.of(entry.phase()), entry.stage(),
                    DutchLabels.of(entry.clock()) + (entry.clockReason() == null ? "" : " (" + entry.clockReason() + ")"));
        }
        html.raw("</tbody></table>\n");
    }

    private void replies(Html html, RequestView r) {
        html.raw("<h2 id=\"antwoorden\">Berichten uit het buitenland en duiding</h2>\n<table><thead><tr>"
                + "<th scope=\"col\">Ontvangen</th><th scope=\"col\">Soort</th><th scope=\"col\">Inhoud</th></tr></thead><tbody>\n");
        for (var message : r.messages()) {
            html.row(message.receivedOn().format(DATE), DutchLabels.of(message.kind()), message.summary());
        }
        if (r.messages().isEmpty()) {
            html.raw("<tr><td colspan=\"3\">Nog geen berichten</td></tr>\n");
        }
        html.raw("</tbody></table>\n");
        if (!r.analyses().isEmpty()) {
            html.raw("<table><caption>Duiding per antwoord</caption><thead><tr><th scope=\"col\">Antwoord</th>"
                    + "<th scope=\"col\">Verkregen</th><th scope=\"col\">Relevantie</th><th scope=\"col\">Volledig</th>"
                    + "<th scope=\"col\">Vervolg</th><th scope=\"col\">Door</th></tr></thead><tbody>\n");
            for (var analysis : r.analyses()) {
                html.row(DutchLabels.of(analysis.replyKind()) + " van " + analysis.replyReceivedOn().format(DATE), analysis.obtained(),
                        DutchLabels.of(analysis.relevance()), analysis.replyComplete() ? "ja" : "nee", analysis.nextSteps(),
                        analysis.analysedBy() + ", " + at(analysis.analysedAt()));
            }
            html.raw("</tbody></table>\n");
        }
    }

    private void followUp(Html html, RequestView r) {
        html.raw("<h2 id=\"vervolg\">Vervolgacties</h2>\n<table><thead><tr><th scope=\"col\">Soort</th>"
                + "<th scope=\"col\">Omschrijving</th><th scope=\"col\">Eigenaar</th><th scope=\"col\">Gereed op</th>"
                + "<th scope=\"col\">Stand</th><th scope=\"col\">Resultaat</th></tr></thead><tbody>\n");
        for (var action : r.followUpActions()) {
            html.raw("<tr><td>").text(DutchLabels.of(action.kind())).raw("</td><td>").text(action.description()).raw("</td><td>")
                    .text(action.owner()).raw("</td><td>").text(action.dueOn() == null ? "" : action.dueOn().format(DATE))
                    .raw("</td><td>").text(DutchLabels.of(action.state())).raw("</td><td>").text(action.result());
            if (action.linkedRequest() != null) {
                html.raw(" <a href=\"/requests/").text(action.linkedRequest()).raw("\">").text(action.linkedRequest()).raw("</a>");
            }
            html.raw("</td></tr>\n");
        }
        if (r.followUpActions().isEmpty()) {
            html.raw("<tr><td colspan=\"6\">Geen vervolgacties</td></tr>\n");
        }
        html.raw("</tbody></table>\n");
    }

    private void related(Html html, RequestView r) {
        html.raw("<h2 id=\"verwant\">Verwante verzoeken</h2>\n<ul>\n");
        for (var other : r.relatedRequests()) {
            html.raw("<li><a href=\"/requests/").text(other.reference()).raw("\">").text(other.reference())
                    .raw("</a> · ").text(DutchLabels.of(other.relation()) + " · " + DutchLabels.of(other.direction()) + " · " + DutchLabels.of(other.phase())
                            + (other.investigation() == null ? "" : " · " + other.investigation())).raw("</li>\n");
        }
        if (r.relatedRequests().isEmpty()) {
            html.raw("<li>Geen</li>\n");
        }
        html.raw("</ul>\n");
    }

    private static String left(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        if (left.isNegative()) {
            return "<td class=\"late\">" + (-left.toDays()) + " dagen te laat</td>";
        }
        return "<td>" + (left.toDays() > 0 ? left.toDays() + " dagen" : left.toHours() + " uur") + "</td>";
    }

    /** Treaty deadlines count calendar days, so what is left is counted the same way. */
    private static String calendarDaysLeft(nl.rechtshulp.request.RunningDeadline deadline) {
        if (deadline.passed()) {
            return "<td class=\"late\">verstreken" + (deadline.daysLeft() < 0 ? ", " + (-deadline.daysLeft()) + " dagen" : "")
                    + "</td>";
        }
        return "<td>" + (deadline.daysLeft() > 0 ? deadline.daysLeft() + " dagen" : "vandaag") + "</td>";
    }

    private static String at(Instant instant) {
        return instant == null ? "" : instant.atZone(AMSTERDAM).format(DATE_TIME);
    }

    private static String hours(Duration duration) {
        return duration.toHours() >= 48 ? duration.toDays() + " d" : duration.toHours() + " u";
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.0f kB", Math.ceil(bytes / 1024.0));
    }
}
