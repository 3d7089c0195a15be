/**
 * Authentication against the Camunda identity service, authority groups, demo accounts.
 */
package nl.rechtshulp.security;
