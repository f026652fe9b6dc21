/**
 * Emit phase: once the pages are checked, each {@link guide.emit.Emitter} adds the files it makes from them to the catalogue (search index, edition colours, joined components). A new kind of output file implements Emitter and is registered in {@link guide.pipeline.Pipeline#standard()}.
 */
package guide.emit;
