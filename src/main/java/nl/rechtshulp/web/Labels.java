package nl.rechtshulp.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for the register's codes, from the messages files ({@code <category>.<code>}), in the reader's language.
 * Templates call it as {@code @labels.of('phase', request.phase)}. A code without a label is shown as it is, so a
 * new code is visible rather than blank; a test holds every category complete.
 */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String category, Object code) {
        return of(category, code, LocaleContextHolder.getLocale());
    }

    /** In a given language: a letter is written in its own, whatever the reader's browser asks. */
    public String of(String category, Object code, java.util.Locale locale) {
        if (code == null) {
            return null;
        }
        String text = code.toString();
        return messages.getMessage(category + "." + text, null, text, locale);
    }

    /** Several codes of one category, joined as a reader lists them. */
    public String all(String category, Iterable<?> codes) {
        var joined = new StringBuilder();
        for (Object code : codes) {
            if (!joined.isEmpty()) {
                joined.append(", ");
            }
            joined.append(of(category, code));
        }
        return joined.toString();
    }

    /** A page's own words with their figures, e.g. {@code message("duration.days", 3)}. */
    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    public String yesNo(Boolean value) {
        return value == null ? null : messages.getMessage(value ? "common.yes" : "common.no", null,
                LocaleContextHolder.getLocale());
    }
}
