package nl.rechtshulp.request;

import java.time.Clock;
import nl.rechtshulp.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles what the API shows of a request in one read-only transaction. */
@Component
public class RequestViews {

    private final RequestRegister register;
    private final FollowUpRegister followUp;
    private final EngineRuntimeReads engineRuntime;
    private final ExtraditionFacts extraditions;
    private final RunningDeadlines runningDeadlines;
    private final Clock clock;

    RequestViews(RequestRegister register, FollowUpRegister followUp, EngineRuntimeReads engineRuntime,
                 ExtraditionFacts extraditions, RunningDeadlines runningDeadlines, Clock clock) {
        this.extraditions = extraditions;
        this.runningDeadlines = runningDeadlines;
        this.register = register;
        this.followUp = followUp;
        this.engineRuntime = engineRuntime;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RequestView view(String reference, CurrentUser user) {
        Request request = register.getVisibleTo(reference, user);
        // Statutory and treaty deadlines the engine's timers will act on (an EIO's, an extradition's, the complaint
        // period); a closed request has none running.
        var tasks = engineRuntime.tasksOf(request.getReference());
        var deadlines = request.getClosedAt() == null
                ? runningDeadlines.of(tasks, engineRuntime.timersOf(request.getReference()))
                : java.util.List.<RunningDeadline>of();
        return RequestView.of(request, OpenTasks.of(tasks), register.historyOf(request),
                visibleRelated(request, user), followUp.analysesOf(request),
                followUp.actionsOf(request),
                extraditions.viewOf(request, deadlines).orElse(null),
                deadlines, clock.instant());
    }

    @Transactional(readOnly = true)
    java.util.List<RequestView.Related> related(String reference, CurrentUser user) {
        Request request = register.getVisibleTo(reference, user);
        return visibleRelated(request, user).stream().map(RequestView.Related::of).toList();
    }

    /** Related requests of other authorities stay hidden, as the requests themselves are. */
    private java.util.List<RelatedRequest> visibleRelated(Request request, CurrentUser user) {
        return register.findRelated(request.getReference()).stream()
                .filter(related -> register.isVisibleTo(related.request(), user)).toList();
    }
}
