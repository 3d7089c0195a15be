/**
 * Countries and the decision tables that hold rules a lawyer can read and correct.
 */
package nl.rechtshulp.referencedata;
