/**
 * Local editions: how a file in local/ replaces, adds to or removes the guide's own, links to removed pages
 * taken out (a refinement), and the upstream changes a local copy has drifted from.
 */
package guide.edition;
