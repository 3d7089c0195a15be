package nl.rechtshulp.turnaround;

import nl.rechtshulp.web.DutchTime;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.rechtshulp.security.CurrentUsers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The coordinators' dashboard, in Dutch: filters, open requests per phase, phase durations (p50/p90), breaches per
 * week as bar charts (inline SVG, each with a text table beside it for screen readers), and the overdue list linking
 * to each request's page.
 */
@RestController
class DashboardPage {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 1.5rem 2rem; color: #1b1b1b; }
            h2 { margin-top: 1.8rem; border-bottom: 2px solid #0b4f8a; }
            table { border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0; }
            th, td { border: 1px solid #767676; padding: 0.3rem 0.5rem; text-align: left; }
            th { background: #e8eef5; } .late { color: #a4000f; font-weight: 600; } a { color: #0b4f8a; }
            form { display: flex; gap: 1rem; flex-wrap: wrap; align-items: end; }
            label { display: flex; flex-direction: column; font-size: 0.9rem; }
            .charts { display: flex; gap: 2rem; flex-wrap: wrap; }
            """;

    private final TurnaroundService turnaround;
    private final CurrentUsers currentUsers;

    DashboardPage(TurnaroundService turnaround, CurrentUsers currentUsers) {
        this.turnaround = turnaround;
        this.currentUsers = currentUsers;
    }

    @GetMapping(value = "/dashboard", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(defaultValue = "partnerState") String groupBy,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String direction) {
        var user = currentUsers.current();
        if (!TurnaroundQueries.GROUPS.containsKey(groupBy)) {
            groupBy = "partnerState";
        }
        String dir = "INCOMING".equals(direction) || "OUTGOING".equals(direction) ? direction : null;
        LocalDate end = to == null ? turnaround.today() : to;
        LocalDate start = from == null ? end.minusYears(1) : from;
        var filter = new TurnaroundFilter(groupBy, DutchTime.startOf(start),
                DutchTime.endOf(end), dir, null, null, null, null, null);
        // The overdue list and the trend are read while the statistics are computed.
        var overdueLater = java.util.concurrent.CompletableFuture.supplyAsync(() -> turnaround.overdue(
                new TurnaroundFilter("none", null, null, dir, null, null, null, null, null), user));
        var weeksLater = java.util.concurrent.CompletableFuture.supplyAsync(() -> turnaround.trend(filter, user));
        var groups = turnaround.statistics(filter, user);
        var overdue = overdueLater.join();
        var weeks = weeksLater.join();

        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Doorlooptijden · Rechtshulp</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + "<h1>Doorlooptijden en termijnen</h1>\n");
        html.append("<form method=\"get\" action=\"/dashboard\">\n<label>Indelen naar<select name=\"groupBy\">");
        for (var option : List.of(new String[] {"partnerState", "Staat"}, new String[] {"authority", "Autoriteit"},
                new String[] {"type", "Soort"}, new String[] {"direction", "Richting"}, new String[] {"urgency", "Urgentie"},
                new String[] {"subGoal", "Subdoel"})) {
            html.append("<option value=\"").append(option[0]).append('"')
                    .append(option[0].equals(groupBy) ? " selected" : "").append('>').append(option[1]).append("</option>");
        }
        html.append("</select></label>\n<label>Richting<select name=\"direction\"><option value=\"\">Beide</option>")
                .append(option("INCOMING", "Inkomend", dir)).append(option("OUTGOING", "Uitgaand", dir))
                .append("</select></label>\n<label>Afgesloten vanaf<input type=\"date\" name=\"from\" value=\"").append(start)
                .append("\"></label>\n<label>tot en met<input type=\"date\" name=\"to\" value=\"").append(end)
                .append("\"></label>\n<button type=\"submit\">Toon</button>\n</form>\n");

        html.append("<h2 id=\"overzicht\">Per groep</h2>\n<table><thead><tr><th scope=\"col\">Groep</th><th scope=\"col\">Open</th>"
                + "<th scope=\"col\">Intake</th><th scope=\"col\">Coördinatie</th><th scope=\"col\">Analyse</th>"
                + "<th scope=\"col\">Opvolging</th><th scope=\"col\">Te laat</th><th scope=\"col\">Oudste open (d)</th>"
                + "<th scope=\"col\">Afgesloten</th><th scope=\"col\">Termijn overschreden</th>"
                + "<th scope=\"col\">Doorlooptijd p50/p90 (d)</th><th scope=\"col\">NL / buitenland p50 (d)</th></tr></thead><tbody>\n");
        for (var g : groups) {
            html.append("<tr><td>").append(escape(g.key())).append("</td><td>").append(g.open()).append("</td>");
            for (String phase : TurnaroundQueries.PHASES) {
                html.append("<td>").append(g.openByPhase().getOrDefault(phase, 0L)).append("</td>");
            }
            html.append("<td").append(g.overdue() > 0 ? " class=\"late\"" : "").append('>').append(g.overdue())
                    .append("</td><td>").append(number(g.oldestOpenDays())).append("</td><td>").append(g.closed())
                    .append("</td><td>").append(g.breaches()).append("</td><td>").append(pair(g.turnaroundDays()))
                    .append("</td><td>").append(number(g.dutchDays() == null ? null : g.dutchDays().p50())).append(" / ")
                    .append(number(g.abroadDays() == null ? null : g.abroadDays().p50())).append("</td></tr>\n");
        }
        if (groups.isEmpty()) {
            html.append("<tr><td colspan=\"12\">Geen verzoeken</td></tr>\n");
        }
        html.append("</tbody></table>\n<div class=\"charts\">\n");
        long[] open = new long[4];
        double[] p50 = new double[4];
        double[] p90 = new double[4];
        for (var g : groups) {
            for (int i = 0; i < 4; i++) {
                String phase = TurnaroundQueries.PHASES.get(i);
                open[i] += g.openByPhase().getOrDefault(phase, 0L);
                var days = g.phaseDays().get(phase);
                if (days != null && days.p50() != null) {
                    p50[i] = Math.max(p50[i], days.p50());
                    p90[i] = Math.max(p90[i], days.p90());
                }
            }
        }
        String[] phaseNames = {"Intake", "Coördinatie", "Analyse", "Opvolging"};
        html.append(chart("open-per-fase", "Open verzoeken per fase", phaseNames, toDouble(open)));
        html.append(chart("fase-p90", "Tijd per fase, p90 (dagen, hoogste groep)", phaseNames, p90));
        String[] weekNames = weeks.stream().map(TurnaroundQueries.Week::weekStarting).toArray(String[]::new);
        html.append(chart("overschrijdingen", "Overschrijdingen per week", weekNames,
                weeks.stream().mapToDouble(TurnaroundQueries.Week::breaches).toArray()));
        html.append("</div>\n<h2 id=\"te-laat\">Te laat en bijna te laat</h2>\n<table><thead><tr><th scope=\"col\">Verzoek</th>"
                + "<th scope=\"col\">Stand</th><th scope=\"col\">Staat</th><th scope=\"col\">Autoriteit</th>"
                + "<th scope=\"col\">Fase</th><th scope=\"col\">Streefdatum</th><th scope=\"col\">Dagen over</th></tr></thead><tbody>\n");
        for (var r : overdue) {
            html.append("<tr><td><a href=\"/requests/").append(escape(r.reference())).append("\">")
                    .append(escape(r.reference())).append("</a></td><td")
                    .append("NEAR_DUE".equals(r.status()) ? "" : " class=\"late\"").append('>')
                    .append(switch (r.status()) {
                        case "FATAL_PASSED" -> "fatale termijn verstreken";
                        case "OVERDUE" -> "streeftermijn verstreken";
                        default -> "bijna te laat";
                    }).append("</td><td>").append(escape(r.partnerState())).append("</td><td>").append(escape(r.authority()))
                    .append("</td><td>").append(escape(r.phase())).append("</td><td>")
                    .append(r.targetAt().atZone(DutchTime.ZONE).toLocalDate()).append("</td><td>")
                    .append(number(r.daysLeft())).append("</td></tr>\n");
        }
        if (overdue.isEmpty()) {
            html.append("<tr><td colspan=\"7\">Geen verzoeken te laat</td></tr>\n");
        }
        html.append("</tbody></table>\n<p><a href=\"/api/turnaround?format=csv&amp;groupBy=").append(groupBy)
                .append("\">Per groep als CSV</a> · <a href=\"/api/turnaround/overdue?format=csv\">Te laat als CSV</a></p>\n");
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A bar chart with its figures as a table: the chart for the eye, the table for everyone. */
    private static String chart(String id, String title, String[] labels, double[] values) {
        double max = 1;
        for (double value : values) {
            max = Math.max(max, value);
        }
        int barWidth = 44;
        int height = 140;
        StringBuilder svg = new StringBuilder("<figure>\n<figcaption id=\"").append(id).append("\">").append(escape(title))
                .append("</figcaption>\n<svg role=\"img\" aria-labelledby=\"").append(id).append("\" width=\"")
                .append(Math.max(200, labels.length * (barWidth + 8))).append("\" height=\"").append(height + 20).append("\">");
        for (int i = 0; i < values.length; i++) {
            int bar = (int) Math.round(values[i] / max * height);
            svg.append("<rect x=\"").append(i * (barWidth + 8)).append("\" y=\"").append(height - bar)
                    .append("\" width=\"").append(barWidth).append("\" height=\"").append(bar).append("\" fill=\"#0b4f8a\"/>");
        }
        svg.append("</svg>\n<table><caption>").append(escape(title)).append("</caption><tbody>");
        for (int i = 0; i < values.length; i++) {
            svg.append("<tr><th scope=\"row\">").append(escape(labels[i])).append("</th><td>")
                    .append(number(values[i])).append("</td></tr>");
        }
        return svg.append("</tbody></table>\n</figure>\n").toString();
    }

    private static double[] toDouble(long[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static String option(String value, String label, String selected) {
        return "<option value=\"" + value + "\"" + (value.equals(selected) ? " selected" : "") + ">" + label + "</option>";
    }

    private static String pair(TurnaroundQueries.Percentiles days) {
        return days == null ? "" : number(days.p50()) + " / " + number(days.p90());
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
    }

    private static String number(double value) {
        return number(Double.valueOf(value));
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
