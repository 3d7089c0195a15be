package nl.rechtshulp.audit;

/** Where an entry comes from: the engine's history or the application's own services and doors. */
public enum AuditSource {
    ENGINE, APPLICATION
}
