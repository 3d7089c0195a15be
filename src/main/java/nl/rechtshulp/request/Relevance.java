package nl.rechtshulp.request;

/** How much a reply from abroad matters to the investigation, in the analyst's judgement. */
public enum Relevance {
    HIGH, MEDIUM, LOW, NONE
}
