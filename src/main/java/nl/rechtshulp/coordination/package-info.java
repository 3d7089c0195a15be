/**
 * National coordination: legal basis and route, competent IRC, officier van justitie and executing service, related requests.
 */
package nl.rechtshulp.coordination;
