/**
 * Render phase, and the one seam with JBake.
 * <p>
 * JBake is used for one thing: putting each converted page through its Pebble template. The convert
 * phase has already turned every AsciiDoc page into a {@link guide.convert.Manuscript} in memory; the
 * {@link guide.render.Renderer} writes one tiny ticket file per published page (holding only the page's
 * address) into a scratch folder that JBake crawls, and puts a {@code Handoff} (the site and a place for
 * the results) into JBake's configuration. JBake finds the tickets through
 * {@link guide.render.ConvertedPages}, a markup engine registered in
 * {@code META-INF/org.jbake.parser.MarkupEngines.properties} that parses nothing: it hands JBake the
 * manuscript's type, title and converted body. JBake then calls {@link guide.render.PebbleTemplates}
 * (registered in {@code META-INF/org.jbake.parser.TemplateEngines.properties}), which renders the page
 * into memory from JBake's model (the body JBake was given) and the site's navigation, on the render's own
 * threads (one per core: JBake hands the pages over one at a time), and parses it once with Jsoup there; the
 * renderer collects the parsed pages in reading order and adds them to the catalogue. Drafts never cross the seam; addresses are ours, not JBake's (which percent-encodes them);
 * JBake's own output files, its asset copying and its data files are unused. No phase after this one
 * touches JBake or reads anything JBake wrote. The scratch folder (tickets in, JBake's empty output files
 * out) is on the RAM disk where the machine has one ({@link guide.render.MemoryScratch}): a file made on
 * the disks builds run on costs about a millisecond, two per page.
 * <p>
 * The preview renders a save of one page's text without a new bake: {@link guide.render.Renderer#rerender}
 * hands just the changed pages to the JBake renderer of the last whole bake (its Pebble engine keeps the
 * parsed templates), with no crawl and no content store, and takes every other page from the last good
 * build. The pipeline asks for it only when the templates, data, settings and every page's header are as
 * they were at that bake ({@code guide.pipeline.LastBuild}).
 */
package guide.render;
