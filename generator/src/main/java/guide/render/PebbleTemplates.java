package guide.render;

import guide.convert.Manuscript;
import guide.problem.Problem;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * JBake's template engine for current Pebble ({@code io.pebbletemplates}); JBake's own is built against
 * Pebble 3.1.5 and writes empty pages with newer Pebble. Registered for {@code .peb} in
 * {@code META-INF/org.jbake.parser.TemplateEngines.properties}. It renders each page into memory and
 * hands the HTML back through the {@link Handoff}; JBake's own output file stays empty. Escaping is on
 * for everything; only the page body, which Asciidoctor already made, is written raw by the templates.
 */
public final class PebbleTemplates extends AbstractTemplateEngine {
    private final JBakeConfiguration jbake;
    private final PebbleEngine pebble;

    public PebbleTemplates(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        this.jbake = config;
        FileLoader loader = new FileLoader();
        loader.setPrefix(config.getTemplateFolder().getAbsolutePath());
        loader.setCharset("UTF-8");
        this.pebble = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(false)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer jbakeFile) throws RenderingException {
        // Looked up for each page: the preview renders later builds' pages with the same engine (Renderer.rerender).
        if (!(jbake.get(Handoff.CONFIG_KEY) instanceof Handoff handoff)) throw new RenderingException("The guide's pages are missing from JBake's configuration");
        DocumentModel content = model.getContent();
        String uri = String.valueOf(content.get(Handoff.URI));
        Manuscript page = handoff.page(uri)
                .orElseThrow(() -> new RenderingException("No converted page was handed over for " + uri));
        PebbleTemplate template;
        try {
            template = pebble.getTemplate(templateName);
        } catch (PebbleException e) {
            handoff.site.problems().add(describe(handoff, e, templateName, page));
            handoff.failed(uri);
            throw new RenderingException(e.getMessage(), e);
        }
        String body = content.getBody();
        // Written on one of the render's threads (see Handoff): a failure there is reported as here, at its line.
        handoff.render(uri, () -> {
            try {
                StringWriter html = new StringWriter();
                template.evaluate(html, new PageContext(handoff.site, handoff.summaries, page, body).asMap());
                return html.toString();
            } catch (IOException | RuntimeException e) {
                // PebbleException is one; anything else it throws (JBake caught it before) is a problem too, never a crash.
                handoff.site.problems().add(describe(handoff, e, templateName, page));
                handoff.failed(uri);
                return null;
            }
        });
    }

    /** A template error, pointing at the template file (a partial, a local edition's copy) and line Pebble names. */
    private static Problem describe(Handoff handoff, Exception e, String templateName, Manuscript page) {
        String file = handoff.templates.origin(templateName);
        int line = 0;
        Throwable cause = e;
        while (cause.getCause() instanceof PebbleException) cause = cause.getCause();
        if (cause instanceof PebbleException pe) {
            if (pe.getFileName() != null) file = handoff.templates.origin(pe.getFileName());
            if (pe.getLineNumber() != null) line = pe.getLineNumber();
        }
        String message = cause instanceof PebbleException pe ? pe.getPebbleMessage() : cause.getMessage() != null ? cause.getMessage() : cause.toString();
        return Problem.error(file, line, "The template failed while writing " + page.uri() + ": " + message,
                "Fix the template at this line. Pebble's syntax: https://pebbletemplates.io/wiki/");
    }
}
