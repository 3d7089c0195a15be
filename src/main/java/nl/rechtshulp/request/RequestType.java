package nl.rechtshulp.request;

public enum RequestType {
    MLA, EXTRADITION
}
