package nl.rechtshulp.extradition;

import nl.rechtshulp.web.DutchTime;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads what a Camunda Form submitted (dates as yyyy-MM-dd text, yes/no as text) in the types the register keeps. */
final class FormValues {

    private FormValues() {
    }

    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(DutchTime.ZONE).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
    }

    static Boolean yes(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : Boolean.valueOf(value.toString());
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
