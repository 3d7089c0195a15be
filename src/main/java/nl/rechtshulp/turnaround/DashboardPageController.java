package nl.rechtshulp.turnaround;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.rechtshulp.security.CurrentUsers;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.web.CaseDates;
import nl.rechtshulp.web.DutchTime;
import nl.rechtshulp.pages.PageController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinators' dashboard: filters kept in the URL, open requests per phase, phase durations, breaches per week
 * as charts with axes and a table beside each, and the overdue list linking to each request's page.
 */
@PageController
class DashboardPageController {

    static final List<String> GROUPINGS = List.of("partnerState", "authority", "type", "direction", "urgency", "subGoal");

    private final TurnaroundService turnaround;
    private final CurrentUsers currentUsers;
    private final ThreadPoolTaskExecutor dashboardExecutor;
    private final java.util.concurrent.Semaphore turns;
    private final TurnaroundSettings settings;
    private final StatutoryDeadlineFigures statutoryDeadlines;

    DashboardPageController(TurnaroundService turnaround, CurrentUsers currentUsers,
                            ThreadPoolTaskExecutor dashboardExecutor, TurnaroundSettings settings,
                            StatutoryDeadlineFigures statutoryDeadlines) {
        this.turnaround = turnaround;
        this.statutoryDeadlines = statutoryDeadlines;
        this.currentUsers = currentUsers;
        this.dashboardExecutor = dashboardExecutor;
        this.settings = settings;
        this.turns = new java.util.concurrent.Semaphore(settings.dashboardConcurrency(), true);
    }

    /** What the form shows and every link carries, so that a view can be shared. */
    record Filters(String groupBy, String direction, LocalDate from, LocalDate to) {
    }

    @GetMapping(value = "/dashboard", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(defaultValue = "partnerState") String groupBy,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String direction, Model model) {
        var user = currentUsers.current();
        if (!GROUPINGS.contains(groupBy)) {
            throw ApiProblem.badRequest("groupBy", "groupBy must be one of " + GROUPINGS);
        }
        String dir = direction == null || direction.isBlank() ? null : direction;
        if (dir != null && !dir.equals("INCOMING") && !dir.equals("OUTGOING")) {
            throw ApiProblem.badRequest("direction", "direction must be INCOMING or OUTGOING");
        }
        LocalDate end = to == null ? turnaround.today() : CaseDates.requireWithin("to", to);
        LocalDate start = from == null ? end.minusYears(1) : CaseDates.requireWithin("from", from);
        if (end.isBefore(start)) {
            throw ApiProblem.badRequest("to", "to lies before from");
        }
        var filter = new TurnaroundFilter(groupBy, DutchTime.startOf(start), DutchTime.endOf(end), dir,
                null, null, null, null, null);
        // Dashboards take turns, so that coordinators opening it at once wait for a turn, not for connections
        // everyone else needs.
        if (!awaitTurn()) {
            throw new nl.rechtshulp.web.ApiProblem(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "Busy",
                    "The dashboard is being computed for others; try again in a few seconds");
        }
        List<TurnaroundQueries.GroupStatistics> groups;
        List<TurnaroundQueries.OverdueRequest> overdue;
        List<TurnaroundQueries.Week> weeks;
        List<StatutoryDeadlineFigures.Figure> statutory;
        try {
            // The overdue list and the trend are read on the bounded executor while this thread computes the statistics.
            var overdueLater = CompletableFuture.supplyAsync(() -> turnaround.overdue(
                    new TurnaroundFilter("none", null, null, dir, null, null, null, null, null), user), dashboardExecutor);
            var weeksLater = CompletableFuture.supplyAsync(() -> turnaround.trend(filter, user), dashboardExecutor);
            groups = turnaround.statistics(filter, user);
            statutory = statutoryDeadlines.between(filter.from(), filter.to());
            overdue = overdueLater.join();
            weeks = weeksLater.join();
        } finally {
            turns.release();
        }

        model.addAttribute("filters", new Filters(groupBy, dir, start, end));
        model.addAttribute("groupings", GROUPINGS);
        model.addAttribute("phases", TurnaroundQueries.PHASES);
        model.addAttribute("groups", groups);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statutory", statutory);
        model.addAttribute("charts", charts(groups, weeks));
        return "dashboard";
    }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(settings.dashboardWait().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<BarChart> charts(List<TurnaroundQueries.GroupStatistics> groups, List<TurnaroundQueries.Week> weeks) {
        int phases = TurnaroundQueries.PHASES.size();
        double[] open = new double[phases];
        double[] p90 = new double[phases];
        for (var g : groups) {
            for (int i = 0; i < phases; i++) {
                String phase = TurnaroundQueries.PHASES.get(i);
                open[i] += g.openByPhase().getOrDefault(phase, 0L);
                var days = g.phaseDays().get(phase);
                if (days != null && days.p90() != null) {
                    p90[i] = Math.max(p90[i], days.p90());
                }
            }
        }
        List<String> phaseCodes = TurnaroundQueries.PHASES;
        return List.of(
                BarChart.of("open-per-fase", "dashboard.chart.openPerPhase", "dashboard.axis.phase",
                        "dashboard.unit.requests", phaseCodes, open),
                BarChart.of("fase-p90", "dashboard.chart.phaseP90", "dashboard.axis.phase", "dashboard.unit.days",
                        phaseCodes, p90),
                BarChart.of("overschrijdingen", "dashboard.chart.breaches", "dashboard.axis.week",
                        "dashboard.unit.requests", weeks.stream().map(TurnaroundQueries.Week::weekStarting).toList(),
                        weeks.stream().mapToDouble(TurnaroundQueries.Week::breaches).toArray()));
    }

}
