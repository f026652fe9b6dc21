package guide.bake;

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
import java.io.Writer;
import guide.problem.Problem;

/**
 * JBake's template engine for current Pebble ({@code io.pebbletemplates}); JBake's own is built against
 * Pebble 3.1.5 and writes empty pages with newer Pebble. Registered for {@code .peb} in
 * {@code META-INF/org.jbake.parser.TemplateEngines.properties}. Escaping is on for everything; only the
 * page body, which Asciidoctor already made safe HTML, is written raw by the templates.
 */
public final class PebbleTemplates extends AbstractTemplateEngine {
    private final Site site;
    private final PebbleEngine pebble;

    public PebbleTemplates(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        this.site = (Site) config.get(Site.CONFIG_KEY);
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
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        if (site == null) throw new RenderingException("The guide's site model is missing from JBake's configuration");
        DocumentModel content = model.getContent();
        Manuscript page = site.manuscripts().byUri(content.getUri())
                .orElseThrow(() -> new RenderingException("No page was read for " + content.getUri()));
        try {
            PebbleTemplate template = pebble.getTemplate(templateName);
            template.evaluate(writer, new PageContext(site, page).asMap());
        } catch (PebbleException | IOException e) {
            site.problems().add(describe(e, templateName, page));
            throw new RenderingException(e.getMessage(), e);
        }
    }

    /** A template error, pointing at the template file and line Pebble names. */
    private Problem describe(Exception e, String templateName, Manuscript page) {
        String file = site.sources().origin(site.sources().templates().resolve(templateName));
        int line = 0;
        Throwable cause = e;
        while (cause.getCause() instanceof PebbleException) cause = cause.getCause();
        if (cause instanceof PebbleException pe) {
            if (pe.getFileName() != null) {
                file = site.sources().origin(site.sources().templates().resolve(pe.getFileName()).normalize());
            }
            if (pe.getLineNumber() != null) line = pe.getLineNumber();
        }
        String message = cause instanceof PebbleException pe ? pe.getPebbleMessage() : cause.getMessage();
        return Problem.error(file, line, "The template failed while writing " + page.uri() + ": " + message,
                "Fix the template at this line. Pebble's syntax: https://pebbletemplates.io/wiki/");
    }
}
