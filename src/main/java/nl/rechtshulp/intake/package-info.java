/**
 * Receiving and registering requests: the REST intake, the Tasklist start form and messages from abroad.
 */
package nl.rechtshulp.intake;
