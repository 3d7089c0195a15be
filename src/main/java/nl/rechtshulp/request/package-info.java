/**
 * The request register: the case file of each request, its reference, phase history and decisions.
 */
package nl.rechtshulp.request;
