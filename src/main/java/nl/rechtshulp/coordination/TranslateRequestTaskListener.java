package nl.rechtshulp.coordination;

import java.util.Arrays;
import nl.rechtshulp.documents.Documents;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * A translation counts only into a language the requested state accepts, and only when it is attached to the case
 * file: a request is not sent abroad on the word that it was translated. The register keeps the language.
 */
@Component
class TranslateRequestTaskListener implements TaskListener {

    private final RequestRegister register;
    private final Documents documents;

    TranslateRequestTaskListener(RequestRegister register, Documents documents) {
        this.register = register;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        String language = String.valueOf(task.getVariable("translationLanguage"));
        String accepted = String.valueOf(task.getVariable(ProcessVariables.ACCEPTED_LANGUAGES));
        if (Arrays.stream(accepted.split(",")).noneMatch(language::equals)) {
            throw new FormFieldValidationException("translationLanguage",
                    "Taal van de vertaling: de aangezochte staat aanvaardt " + accepted + ", niet '" + language + "'");
        }
        var reference = new RequestReference((String) task.getVariable(ProcessVariables.REFERENCE));
        if (!documents.attached(reference).translationLanguages().contains(language)) {
            throw new FormFieldValidationException("translationLanguage", "Voeg eerst de vertaling in '" + language
                    + "' toe aan het dossier (soort: Vertaling), dan kan deze taak worden afgerond");
        }
        register.recordTranslation(reference, language);
    }
}
