package nl.rechtshulp.request;

/** Whose turn it is: time in Dutch hands, time abroad, or stopped (with a reason). */
public enum RequestClock {
    NL, ABROAD, STOPPED
}
