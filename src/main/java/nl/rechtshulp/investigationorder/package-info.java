/**
 * European Investigation Orders received from states the Directive binds (Directive 2014/41/EU, Sv Book 5 Title 4):
 * the Directive's deadlines as engine timers, the acknowledgement (Annex B) written as a PDF, and the officier van
 * justitie's decision on recognition with its grounds, consultation, other measure and postponement.
 */
package nl.rechtshulp.investigationorder;
