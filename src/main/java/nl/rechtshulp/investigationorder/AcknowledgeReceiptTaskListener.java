package nl.rechtshulp.investigationorder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.rechtshulp.documents.Documents;
import nl.rechtshulp.letters.LetterRenderer;
import nl.rechtshulp.referencedata.Countries;
import nl.rechtshulp.request.DocumentKind;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.web.DutchTime;
import nl.rechtshulp.web.Labels;
import nl.rechtshulp.workflow.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The acknowledgement of receipt (Directive 2014/41/EU Annex B, art. 16(1)): written as a PDF from the register's
 * facts and the form's, and filed in the case file in the same transaction as the task's completion.
 */
@Component
class AcknowledgeReceiptTaskListener implements TaskListener {

    static final String TEMPLATE = "eio-acknowledgement";
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final RequestRegister register;
    private final Countries countries;
    private final LetterRenderer letters;
    private final Documents documents;
    private final Labels labels;

    AcknowledgeReceiptTaskListener(RequestRegister register, Countries countries, LetterRenderer letters,
                                   Documents documents, Labels labels) {
        this.register = register;
        this.countries = countries;
        this.letters = letters;
        this.documents = documents;
        this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
        RequestReference reference = new RequestReference(task.getExecution().getProcessBusinessKey());
        Request request = register.get(reference);
        String acknowledgedBy = TaskActors.of(task);
        LocalDate acknowledgedOn = LocalDate.parse(String.valueOf(task.getVariable("acknowledgedOn")).substring(0, 10));
        Map<String, Object> model = new HashMap<>();
        model.put("reference", reference.value());
        model.put("foreignReference", request.getForeignReference());
        model.put("issuingAuthority", request.getRequestingAuthority());
        model.put("issuingStateName", countries.dutchName(request.getRequestingState()));
        model.put("issuingAuthorityKind", request.getIssuingAuthorityKind() == null ? null
                : labels.of("issuingAuthorityKind", request.getIssuingAuthorityKind().name(), DUTCH));
        model.put("validatingAuthority", request.getValidatingAuthority());
        model.put("receivedOn", DutchTime.date(request.getReceivedOn()));
        model.put("receivingAuthorityName", labels.of("group", request.getReceivingAuthority(), DUTCH));
        model.put("acknowledgedBy", fullName(task, acknowledgedBy));
        model.put("acknowledgedOn", DutchTime.date(acknowledgedOn));
        model.put("transmittedTo", blankToNull(task.getVariable("transmittedTo")));
        model.put("remarks", blankToNull(task.getVariable("remarks")));
        model.put("recognitionDueOn", DutchTime.date(LocalDate.parse(
                String.valueOf(task.getVariable(EioDeadlines.RECOGNITION_DUE_ON)))));
        byte[] pdf = letters.render(TEMPLATE, model, DUTCH);
        var document = documents.addGenerated(reference, DocumentKind.ACKNOWLEDGEMENT, "nl",
                "Ontvangstbevestiging EOB " + reference.value() + ".pdf", pdf, acknowledgedBy);
        task.setVariable("acknowledgementDocumentId", document.id());
    }

    /** The signer's name as the identity service knows it, else the user id. */
    private static String fullName(DelegateTask task, String userId) {
        var user = task.getProcessEngineServices().getIdentityService().createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
