package nl.rechtshulp.request;

/** Direct between judicial authorities, or through the central authority (AIRS). */
public enum Route {
    DIRECT, CENTRAL_AUTHORITY
}
