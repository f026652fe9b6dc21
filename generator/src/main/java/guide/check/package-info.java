/**
 * Check phase: each {@link guide.check.Check} reads the rendered pages and returns every problem it finds, at the AsciiDoc line (or the template line) that caused it. A new check implements Check and is registered in {@link guide.pipeline.Pipeline}.
 */
package guide.check;
