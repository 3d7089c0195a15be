package nl.rechtshulp.extradition;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The server's own checks of what a step's form submitted: Camunda Forms check only in the browser. A refusal names
 * the field; the REST API and Tasklist answer it with 400 and keep the task open.
 */
final class StepInput {

    private StepInput() {
    }

    /** A yes/no the form marks required: a missing choice is a 400, never a 500. */
    static boolean required(DelegateTask task, String field) {
        Object value = task.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            throw new FormFieldValidationException(field, "Dit veld is verplicht");
        }
        return Boolean.parseBoolean(value.toString());
    }

    static String requiredText(DelegateTask task, String field) {
        String value = FormValues.text(task, field);
        if (value == null) {
            throw new FormFieldValidationException(field, "Dit veld is verplicht");
        }
        return value;
    }

    static LocalDate requiredDate(DelegateTask task, String field) {
        LocalDate day = FormValues.date(task, field);
        if (day == null) {
            throw new FormFieldValidationException(field, "Vul een datum in");
        }
        return day;
    }

    static LocalDate notInTheFuture(LocalDate day, String field, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            throw new FormFieldValidationException(field, "Deze datum kan niet in de toekomst liggen");
        }
        return day;
    }

    static LocalDate notInThePast(LocalDate day, String field, LocalDate today) {
        if (day != null && day.isBefore(today)) {
            throw new FormFieldValidationException(field, "Deze datum kan niet in het verleden liggen");
        }
        return day;
    }
}
