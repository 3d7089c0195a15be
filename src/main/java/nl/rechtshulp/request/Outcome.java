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
    SURRENDERED,
    /**
     * Incoming extradition that is surrender (an EU member state, Iceland, Norway, the United Kingdom): taken over by
     * the LIRC and the Amsterdam office under the Overleveringswet, never refused as extradition.
     */
    HANDED_OVER
}
