/**
 * Extradition, both directions: the treaty basis, the deadlines that run from a provisional arrest, the conditions
 * for the person sought and the guarantees, and what each step of the procedure decided.
 */
package nl.rechtshulp.extradition;
