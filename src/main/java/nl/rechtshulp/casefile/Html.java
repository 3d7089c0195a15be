package nl.rechtshulp.casefile;

import org.springframework.web.util.HtmlUtils;

/** Builds HTML where every value is text: whatever a user or a foreign state typed is escaped. */
final class Html {

    private final StringBuilder html = new StringBuilder();

    Html raw(String markup) {
        html.append(markup);
        return this;
    }

    Html text(Object value) {
        html.append(value == null ? "" : HtmlUtils.htmlEscape(value.toString()));
        return this;
    }

    /** A table row of escaped cells. */
    Html row(Object... cells) {
        html.append("<tr>");
        for (Object cell : cells) {
            html.append("<td>");
            text(cell);
            html.append("</td>");
        }
        html.append("</tr>\n");
        return this;
    }

    Html fact(String label, Object value) {
        if (value == null || value.toString().isBlank()) {
            return this;
        }
        html.append("<dt>").append(HtmlUtils.htmlEscape(label)).append("</dt><dd>");
        text(value);
        html.append("</dd>\n");
        return this;
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
