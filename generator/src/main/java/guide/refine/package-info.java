/**
 * Refine phase: each {@link guide.refine.Refinement} improves the rendered pages in place before they are checked (abbreviations marked, inline styles taken out, the action plan's downloads linked). A new refinement implements Refinement and is registered in {@link guide.pipeline.Pipeline}.
 */
package guide.refine;
