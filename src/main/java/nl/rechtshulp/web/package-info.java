/**
 * HTTP conventions shared by every API and page: problem details for errors, the words for the register's codes,
 * how pages write times and numbers, and Dutch time.
 */
package nl.rechtshulp.web;
