package nl.rechtshulp.intake;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rechtshulp.documents.Documents;
import nl.rechtshulp.request.DocumentKind;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.extradition.ExtraditionRegister;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.request.RequestType;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a draft against what the requested state requires ({@code OutgoingMlaRequirementsDecision}): the documents
 * it must enclose, read from what is actually attached, and the languages it accepts (a translation attached in one of
 * them spares the translation step). Evaluated through the engine, so the history shows which rule sent a
 * draft back.
 */
@Service
class DraftCompleteness {

    static final String DECISION = "OutgoingMlaRequirementsDecision";
    static final String EXTRADITION_DECISION = "OutgoingExtraditionRequirementsDecision";
    private static final Map<DocumentKind, String> DUTCH_NAMES = Map.of(
            DocumentKind.CERTIFIED_LEGISLATION, "gewaarmerkte kopie van de toepasselijke wetgeving",
            DocumentKind.WARRANT, "het bevel of de beschikking",
            DocumentKind.JUDGMENT, "het vonnis",
            DocumentKind.TRANSLATION, "een vertaling",
            DocumentKind.ASSURANCE, "de garantie");

    private final DecisionService decisionService;
    private final RequestRegister register;
    private final Documents documents;
    private final ExtraditionRegister extraditions;

    DraftCompleteness(DecisionService decisionService, RequestRegister register, Documents documents,
                      ExtraditionRegister extraditions) {
        this.extraditions = extraditions;
        this.decisionService = decisionService;
        this.register = register;
        this.documents = documents;
    }

    /** The outcome of the check: what is missing, in words the drafter reads, and the rules that apply. */
    record Verdict(List<DocumentKind> missing, Set<String> acceptedLanguages, boolean translationRequired,
                   String reminderInterval, String traceReviewInterval) {

        boolean complete() {
            return missing.isEmpty();
        }

        String missingItems() {
            return missing.stream().map(kind -> DUTCH_NAMES.getOrDefault(kind, kind.name()) + " (" + kind + ")")
                    .collect(Collectors.joining("; "));
        }
    }

    @Transactional
    Verdict check(RequestReference reference) {
        Request request = register.get(reference);
        Map<String, Object> inputs = new java.util.HashMap<>(Map.of("requestedState", request.getRequestedState(),
                "urgency", request.getUrgency().name()));
        // An extradition request needs the warrant to prosecute, the judgment to enforce a sentence.
        extraditions.purposeOf(request).ifPresent(purpose -> inputs.put("purpose", purpose.name()));
        String decision = request.getType() == RequestType.EXTRADITION ? EXTRADITION_DECISION : DECISION;
        DmnDecisionResultEntries rules = decisionService.evaluateDecisionByKey(decision)
                .variables(inputs)
                .evaluate()
                .getSingleResult();
        if (rules == null) {
            throw new IllegalStateException(decision + " has no rule for " + request.getRequestedState());
        }
        Set<DocumentKind> required = EnumSet.noneOf(DocumentKind.class);
        split(rules.getEntry("requiredDocuments")).forEach(kind -> required.add(DocumentKind.valueOf(kind)));
        Documents.Attached attached = documents.attached(reference);
        required.removeAll(attached.kinds());
        Set<String> languages = Set.copyOf(split(rules.getEntry("acceptedLanguages")));
        boolean translated = attached.translatedIntoAnyOf(languages);
        return new Verdict(required.stream().sorted().toList(), languages,
                !languages.contains(request.getRequestLanguage()) && !translated, rules.getEntry("reminderInterval"),
                (String) rules.getEntryMap().get("traceReviewInterval"));
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }
}
