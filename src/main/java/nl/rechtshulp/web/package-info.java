/**
 * HTTP conventions shared by every API and page: problem details for errors, the pages' layout, navigation and
 * labels, and Dutch time.
 */
package nl.rechtshulp.web;
