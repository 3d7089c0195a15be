package nl.rechtshulp.request;

/** What an interpreted reply can call for in the Dutch investigation. */
public enum FollowUpKind {
    NEW_SUSPECT, SEIZURE, ARREST, SUPPLEMENTARY_REQUEST, HAND_OVER_TO_INVESTIGATION, NO_ACTION;

    /** A decision not to act is recorded with its reason and needs no one to carry it out. */
    public boolean needsOwner() {
        return this != NO_ACTION;
    }
}
