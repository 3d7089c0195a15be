/**
 * Countries, the treaty register (which instruments bind which state, as data a lawyer edits) and the decision tables
 * that hold the rules a lawyer can read and correct.
 */
package nl.rechtshulp.referencedata;
