package nl.rechtshulp.request;

/**
 * Who issued a European Investigation Order (Directive 2014/41/EU art. 2(c)): a judge, court, investigating judge or
 * prosecutor may issue one alone; any other authority needs a judicial authority's validation (art. 2(c)(ii)).
 */
public enum IssuingAuthorityKind {
    JUDGE,
    COURT,
    INVESTIGATING_JUDGE,
    PUBLIC_PROSECUTOR,
    OTHER_COMPETENT_AUTHORITY;

    public boolean needsValidation() {
        return this == OTHER_COMPETENT_AUTHORITY;
    }
}
