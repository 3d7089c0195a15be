package nl.rechtshulp.intake;

import java.util.Locale;
import java.util.Set;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Shows the drafter the language the draft is in, and keeps a correction in the register before the draft is
 * checked again against the documents now attached.
 */
@Component
class ReviseDraftTaskListener implements TaskListener {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private final RequestRegister register;

    ReviseDraftTaskListener(RequestRegister register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // On the process, not the task: completing a task writes the submitted values there.
            task.getExecution().setVariable("requestLanguage", register.get(referenceOf(task)).getRequestLanguage());
            return;
        }
        if ("true".equals(String.valueOf(task.getVariable("abandonDraft")))) {
            return;
        }
        String language = String.valueOf(task.getVariable("requestLanguage"));
        if (!LANGUAGES.contains(language)) {
            throw new FormFieldValidationException("requestLanguage",
                    "Taal van het verzoek: '" + language + "' is geen taalcode volgens ISO 639-1");
        }
        register.reviseDraft(referenceOf(task), language);
    }

    private static RequestReference referenceOf(DelegateTask task) {
        return new RequestReference((String) task.getVariable(ProcessVariables.REFERENCE));
    }
}
