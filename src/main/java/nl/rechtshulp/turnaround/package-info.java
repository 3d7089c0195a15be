/**
 * Turnaround for coordinators: target and fatal dates from the rules, time per phase and abroad, open and overdue
 * requests, percentiles and trends per state, authority and type, warnings before deadlines pass, from a read model
 * the processes keep current.
 */
package nl.rechtshulp.turnaround;
