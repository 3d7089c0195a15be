package nl.rechtshulp.request;

/** How another request relates to this one, strongest first. */
public enum Relation {
    /** This request supplements that one. */
    SUPPLEMENTS,
    /** That request supplements this one. */
    SUPPLEMENTED_BY,
    SAME_FOREIGN_REFERENCE,
    SAME_INVESTIGATION,
    SAME_PERSON
}
