/**
 * The rendered pages: one Jsoup document per page, parsed once from memory, the list every later phase shares.
 */
package guide.pages;
