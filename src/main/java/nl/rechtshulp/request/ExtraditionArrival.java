package nl.rechtshulp.request;

/** How an incoming extradition case reached the Netherlands. */
public enum ExtraditionArrival {
    /** An Interpol or SIS alert asking for provisional arrest, at the LIRC; the formal request follows. */
    PROVISIONAL_ARREST_ALERT,
    /** The formal request itself, through AIRS. */
    FORMAL_REQUEST
}
