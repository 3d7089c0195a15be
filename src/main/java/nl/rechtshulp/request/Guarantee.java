package nl.rechtshulp.request;

/** A guarantee a requesting state gives before extradition can be granted. */
public enum Guarantee {
    /** A Dutch national serves a sentence in the Netherlands (Uitleveringswet art. 4(2)). */
    RETURN_TO_SERVE_SENTENCE,
    NO_DEATH_PENALTY,
    NO_CORPORAL_PUNISHMENT
}
