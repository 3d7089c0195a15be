package nl.rechtshulp.request;

import java.util.List;
import java.util.Optional;

/**
 * What an extradition request shows beside the request itself, from the module that keeps its facts: the register
 * does not depend on the extradition procedure.
 */
public interface ExtraditionFacts {

    /** The request's extradition facts with the deadlines still running; empty for any other request. */
    Optional<RequestView.Extradition> viewOf(Request request, List<RunningDeadline> deadlines);
}
