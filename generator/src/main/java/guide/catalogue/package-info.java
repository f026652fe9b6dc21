/**
 * The catalogue: every file the site will hold, by its path in the site; stages add to it, checks look things up in it, the publisher writes it once.
 */
package guide.catalogue;
