package nl.rechtshulp.request;

import java.util.List;

/** What an analyst concluded from a reply, with the actions it calls for. */
public record Interpretation(String obtained, Relevance relevance, boolean replyComplete, String nextSteps,
                             List<ProposedAction> actions) {
}
