/**
 * Gather phase: content/, templates/ and assets/ with the local/ overlay laid over them, copied into one working folder; where each file came from; which files are published as they are; the templates as the author knows them.
 */
package guide.sources;
