/**
 * Engine configuration shared by every process: keys, variables, lifecycle tracking, task defaults, Tasklist filters.
 */
package nl.rechtshulp.workflow;
