/**
 * Search: pages cut into sections; each distinct word's terms made by lunr.js's own pipeline in GraalJS,
 * counted per page as lunr's Builder counts them (PageIndex); the index, its text parts and lunr.js added
 * to the site (an emitter), with an on-disk cache keyed by the indexed text.
 */
package guide.index;
