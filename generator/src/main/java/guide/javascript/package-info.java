/**
 * GraalJS, started once per JVM: one polyglot engine that every script of the build (lunr.js for the search
 * index, the action plan's workbook writer) runs on, each in its own context, each loaded on a background
 * thread while the pages convert.
 */
package guide.javascript;
