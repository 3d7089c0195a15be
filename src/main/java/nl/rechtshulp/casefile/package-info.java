/**
 * The case page: one request as a person reads it, in Dutch, with its documents, deadlines, tasks, replies,
 * follow-up and related requests, and the way to add documents.
 */
package nl.rechtshulp.casefile;
