/**
 * What every page of the product shares: the layout's model (who is signed in, for which authorities), the
 * navigation each role may use (also offered to the Tasklist's header), and the pages' language.
 */
package nl.rechtshulp.pages;
