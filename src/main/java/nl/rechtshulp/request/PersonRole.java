package nl.rechtshulp.request;

public enum PersonRole {
    SUSPECT, CONVICTED_PERSON, WITNESS, VICTIM, THIRD_PARTY
}
