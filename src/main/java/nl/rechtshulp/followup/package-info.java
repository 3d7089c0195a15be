/**
 * Execution, hand-over of results and closure.
 */
package nl.rechtshulp.followup;
