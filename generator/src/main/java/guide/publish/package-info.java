/**
 * Publish phase: the catalogue written once into a staging folder beside the output, then swapped in; an interrupted swap is finished or rolled back by the next build.
 */
package guide.publish;
