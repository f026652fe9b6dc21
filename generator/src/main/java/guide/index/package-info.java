/**
 * Search: pages cut into sections and indexed with lunr.js in GraalJS; the index, its store and lunr.js added to the site (an emitter), with an on-disk cache keyed by the indexed text.
 */
package guide.index;
