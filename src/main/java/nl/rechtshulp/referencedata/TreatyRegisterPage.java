package nl.rechtshulp.referencedata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/** The register's overview page in Dutch: every state's basis and assurances, then every unconfirmed fact. */
final class TreatyRegisterPage {

    private static final Map<String, String> OUTCOMES = Map.of("TREATY", "verdrag", "SURRENDER", "overlevering",
            "AIRS_ASSESSMENT", "beoordeling door AIRS");
    private static final Map<String, String> GUARANTEES = Map.of("NO_DEATH_PENALTY", "geen doodstraf",
            "NO_CORPORAL_PUNISHMENT", "geen lijfstraffen");
    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 1.5rem 2rem; color: #1b1b1b; }
            h2 { margin-top: 2rem; border-bottom: 2px solid #0b4f8a; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
            th, td { border: 1px solid #767676; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            th { background: #e8eef5; } a { color: #0b4f8a; }
            """;

    private TreatyRegisterPage() {
    }

    static String render(LocalDate on, List<StateSummary> states, List<TreatyRegister.UnconfirmedFact> unconfirmed) {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Verdragsregister · Rechtshulp</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>Verdragsregister</h1>\n<p>Stand op ")
                .append(on).append(". De feiten staan in <code>treaty-register/*.csv</code>, het beleid in de ")
                .append("beslistabellen. Per staat als JSON: <code>/api/reference/states/{code}</code>. ")
                .append("<a href=\"#onbevestigd\">Onbevestigde feiten</a> (").append(unconfirmed.size())
                .append(")</p>\n<h2 id=\"staten\">Staten</h2>\n<table>\n<caption>Rechtsgrond voor een feit dat ")
                .append("geen beperkt verdrag dekt; de VN-verdragen gelden alleen voor hun eigen feiten</caption>\n")
                .append("<thead><tr><th scope=\"col\">Staat</th><th scope=\"col\">Rechtshulp</th><th scope=\"col\">Route</th>")
                .append("<th scope=\"col\">Uitlevering</th><th scope=\"col\">Garanties</th><th scope=\"col\">Bevestigd</th></tr></thead>\n<tbody>\n");
        for (StateSummary state : states) {
            html.append("<tr><th scope=\"row\"><a href=\"/api/reference/states/").append(state.code()).append("\">")
                    .append(escape(state.name())).append(" (").append(state.code()).append(")</a></th><td>")
                    .append(escape(basis(state.mlaOutcome().name(), state.mlaBasis()))).append("</td><td>")
                    .append("DIRECT".equals(state.mlaRoute()) ? "rechtstreeks" : "centrale autoriteit").append("</td><td>")
                    .append(escape(basis(state.extraditionOutcome().name(), state.extraditionBasis()))).append("</td><td>")
                    .append(escape(state.assurances().isEmpty() ? "geen"
                            : String.join(", ", state.assurances().stream().map(GUARANTEES::get).toList())))
                    .append("</td><td>").append(state.confirmed() ? "ja" : "nee").append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<h2 id=\"onbevestigd\">Onbevestigde feiten</h2>\n<table>\n")
                .append("<caption>Na te gaan door een jurist; bestand en regel om te corrigeren</caption>\n")
                .append("<thead><tr><th scope=\"col\">Bestand</th><th scope=\"col\">Regel</th><th scope=\"col\">Instrument</th>")
                .append("<th scope=\"col\">Staat</th><th scope=\"col\">Feit</th><th scope=\"col\">Bron</th></tr></thead>\n<tbody>\n");
        for (TreatyRegister.UnconfirmedFact fact : unconfirmed) {
            html.append("<tr><td>").append(fact.file()).append("</td><td>").append(fact.line()).append("</td><td>")
                    .append(escape(fact.instrument())).append("</td><td>").append(escape(fact.state()))
                    .append("</td><td>").append(escape(fact.fact())).append("</td><td>").append(escape(fact.source()))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String basis(String outcome, String basis) {
        return OUTCOMES.get(outcome) + (basis == null ? "" : ": " + basis);
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
