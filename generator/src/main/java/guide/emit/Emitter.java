package guide.emit;

import guide.catalogue.Catalogue;
import guide.pages.Pages;
import guide.site.Site;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A stage that runs once the pages are checked and adds the files made from them to the catalogue
 * (the search index, the joined component styles, the edition's colours). It writes nothing itself.
 */
public interface Emitter {
    /** A short name for the progress lines. */
    String name();

    void emit(Pages pages, Site site, Catalogue catalogue);

    /**
     * Starts the emitter; by default it does all its work here. One whose slow part needs only what it reads
     * here (the search index's words, the PDF's own copy of the pages) does that part on a thread of its own
     * and returns at once, so that the build runs the next emitters beside it (two cores, two slow
     * emitters); the build then finishes the started emitters in order. Nothing may change the pages or
     * the catalogue before {@link Started#finish()}.
     */
    default Started start(Pages pages, Site site, Catalogue catalogue) {
        emit(pages, site, catalogue);
        return Started.DONE;
    }

    /**
     * Whether a build may start this emitter before the checks, to work beside them: only one whose
     * {@link #start} reads the pages and the site's files and changes nothing, and whose slow part is
     * longest (the guide PDF). If the checks find errors, its work is dropped unfinished.
     */
    default boolean startsBesideTheChecks() {
        return false;
    }

    /**
     * An emitter under way: {@code work} completes when its slow part is done, then {@code finish} adds its
     * files (and reports the slow part's failure, if it failed). {@code meanwhile} is what it still does to the
     * pages once every emitter has started (all have read the pages by then), before its slow part is waited
     * for: after it, a build writes the pages out ({@link guide.pages.Page#writeOut}), and {@code finish} may
     * only fill the slots it left in them.
     */
    record Started(CompletableFuture<?> work, Runnable meanwhile, Runnable finish) {
        public static final Started DONE = new Started(CompletableFuture.completedFuture(null), () -> {});

        /** Nothing to do meanwhile. */
        public Started(CompletableFuture<?> work, Runnable finish) {
            this(work, () -> {}, finish);
        }

        /** Runs {@code work} on a daemon thread called {@code name}. */
        public static <T> CompletableFuture<T> beside(String name, Supplier<T> work) {
            return CompletableFuture.supplyAsync(work, run -> {
                Thread t = new Thread(run, name);
                t.setDaemon(true);
                t.start();
            });
        }

        /** Does what it does meanwhile, waits for the slow part, then finishes. */
        public void await() {
            meanwhile.run();
            work.exceptionally(e -> null).join();
            finish.run();
        }
    }
}
