/**
 * The command line (build, check, serve): a thin shell over {@link guide.pipeline.Pipeline#standard()}; it registers nothing of its own.
 */
package guide.cli;
