package nl.rechtshulp.turnaround;

import nl.rechtshulp.web.DutchTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turnaround figures for those who watch every request: coordinators, and auditors and administrators reading. */
@Service
class TurnaroundService {

    private final TurnaroundQueries queries;
    private final Clock clock;

    TurnaroundService(TurnaroundQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<TurnaroundQueries.GroupStatistics> statistics(TurnaroundFilter filter, CurrentUser user) {
        requireOverview(user);
        return queries.statistics(filter, clock.instant());
    }

    @Transactional(readOnly = true)
    List<TurnaroundQueries.OverdueRequest> overdue(TurnaroundFilter filter, CurrentUser user) {
        requireOverview(user);
        return queries.overdue(filter, clock.instant());
    }

    @Transactional(readOnly = true)
    List<TurnaroundQueries.Week> trend(TurnaroundFilter filter, CurrentUser user) {
        requireOverview(user);
        return queries.trend(filter);
    }

    LocalDate today() {
        return DutchTime.today(clock);
    }

    private static void requireOverview(CurrentUser user) {
        if (!user.seesAllRequests()) {
            throw ApiProblem.forbidden("Turnaround figures are for coordinators");
        }
    }
}
