package nl.rechtshulp.request;

/** How a closed request ended. */
public enum Outcome {
    /** Incoming: executed and handed over. */
    EXECUTED,
    REFUSED,
    /** Withdrawn by the requesting state, or a draft the drafter abandoned. */
    WITHDRAWN,
    LAPSED,
    /** Outgoing: the replies were interpreted and every follow-up action is done. */
    FOLLOWED_UP,
    /** Extradition: the person was handed over to the requesting state, or brought to the Netherlands. */
    SURRENDERED
}
