/**
 * Interpreting what came back from abroad: each reply, what it brought, its relevance, and the actions it calls for.
 */
package nl.rechtshulp.analysis;
