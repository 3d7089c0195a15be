package nl.rechtshulp.request;

/** Why the person is sought: a Dutch national may be extradited only for the first (Uitleveringswet art. 4(2)). */
public enum ExtraditionPurpose {
    PROSECUTION, SENTENCE_ENFORCEMENT
}
