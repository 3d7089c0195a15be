package nl.rechtshulp.request;

/** How a closed request ended. */
public enum Outcome {
    EXECUTED, REFUSED, WITHDRAWN, LAPSED
}
