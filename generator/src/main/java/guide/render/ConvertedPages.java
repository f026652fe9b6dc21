package guide.render;

import guide.convert.Manuscript;
import org.apache.commons.configuration2.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

/**
 * JBake's markup engine for {@code .converted} tickets, registered in
 * {@code META-INF/org.jbake.parser.MarkupEngines.properties}. A ticket holds only a page's address; the
 * engine hands JBake that page as the convert stage made it (type, title, converted body), parsing nothing.
 */
public final class ConvertedPages implements ParserEngine {
    public static final String EXTENSION = "converted";

    @Override
    public DocumentModel parse(JBakeConfiguration config, File ticket) {
        if (!(config.get(Handoff.CONFIG_KEY) instanceof Handoff handoff)) return null;
        String uri;
        try {
            uri = Files.readString(ticket.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Manuscript m = handoff.page(uri).orElse(null);
        if (m == null) return null;
        return model(m);
    }

    /** JBake's model of a converted page: its type, title and body, and its own address. */
    static DocumentModel model(Manuscript m) {
        DocumentModel model = DocumentModel.createDefaultDocumentModel();
        model.setType(m.type());
        model.setStatus("published");
        model.setTitle(m.title() == null ? "" : m.title());
        model.setBody(m.body());
        model.setTags(new String[0]);
        model.put(Handoff.URI, m.uri());
        return model;
    }

    /** JBake's old entry point, which nothing in JBake 2.7 calls. */
    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("JBake 2.7 parses with parse(JBakeConfiguration, File)");
    }
}
