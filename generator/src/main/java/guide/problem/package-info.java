/**
 * Problems as values: {@code Problem(file, line, severity, message, fix)}, collected from every phase and reported together, sorted by place.
 */
package guide.problem;
