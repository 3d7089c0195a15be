package nl.rechtshulp.coordination;

import java.util.Arrays;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** A translation counts only into a language the requested state accepts; the register keeps which one. */
@Component
class TranslateRequestTaskListener implements TaskListener {

    private final RequestRegister register;

    TranslateRequestTaskListener(RequestRegister register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateTask task) {
        String language = String.valueOf(task.getVariable("translationLanguage"));
        String accepted = String.valueOf(task.getVariable(ProcessVariables.ACCEPTED_LANGUAGES));
        if (Arrays.stream(accepted.split(",")).noneMatch(language::equals)) {
            throw new FormFieldValidationException("translationLanguage",
                    "translationLanguage: the requested state accepts " + accepted + ", not '" + language + "'");
        }
        register.recordTranslation(new RequestReference((String) task.getVariable(ProcessVariables.REFERENCE)), language);
    }
}
