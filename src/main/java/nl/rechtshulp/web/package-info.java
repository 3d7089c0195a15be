/**
 * HTTP conventions shared by every API: problem details for errors.
 */
package nl.rechtshulp.web;
