package nl.rechtshulp.request;

/** The police region in which the assistance is to be given; the decision tables map it to a regional IRC. */
public enum ExecutionRegion {
    NOORD_NEDERLAND, OOST_NEDERLAND, MIDDEN_NEDERLAND, NOORD_HOLLAND, AMSTERDAM, DEN_HAAG, ROTTERDAM,
    ZEELAND_WEST_BRABANT, OOST_BRABANT, LIMBURG
}
