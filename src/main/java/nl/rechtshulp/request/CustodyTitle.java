package nl.rechtshulp.request;

/**
 * The order a person sought for extradition is held on (Uitleveringswet arts 14-21 and 38): inverzekeringstelling by
 * the officier van justitie after the provisional arrest, bewaring by the rechter-commissaris, gevangenhouding by the
 * court.
 */
public enum CustodyTitle {
    INVERZEKERINGSTELLING,
    BEWARING,
    GEVANGENHOUDING
}
