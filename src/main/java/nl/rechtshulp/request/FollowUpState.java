package nl.rechtshulp.request;

public enum FollowUpState {
    OPEN, DONE
}
