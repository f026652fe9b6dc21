/**
 * The pipeline: the phases in order (settings, gather, convert, render, refine, check, emit, publish) in {@link guide.pipeline.Pipeline#build}, and the one place every refinement, check and emitter is registered.
 */
package guide.pipeline;
