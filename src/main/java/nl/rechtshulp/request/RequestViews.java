package nl.rechtshulp.request;

import nl.rechtshulp.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles what the API shows of a request in one read-only transaction. */
@Component
class RequestViews {

    private final RequestRegister register;
    private final OpenTasks openTasks;

    RequestViews(RequestRegister register, OpenTasks openTasks) {
        this.register = register;
        this.openTasks = openTasks;
    }

    @Transactional(readOnly = true)
    RequestView view(String reference, CurrentUser user) {
        Request request = register.getVisibleTo(reference, user);
        return RequestView.of(request, openTasks.of(request.getReference()), register.historyOf(request),
                register.findRelated(request.getReference()));
    }
}
