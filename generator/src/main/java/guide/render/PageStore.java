package guide.render;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.util.HashMap;
import java.util.Map;

/**
 * JBake's own content store, with one answer kept: before rendering each page JBake asks for every page of
 * its type (to find its previous and next, which the guide's own navigation replaces), so a render grew
 * with the square of the pages (1,000 pages: a thousand queries of a thousand pages, most of the render's
 * time). The list is asked for once per type and kept until a page is added or removed; what JBake does
 * with it is unchanged. Nor does it mark each page as rendered (see {@link #markContentAsRendered}).
 */
final class PageStore extends ContentStore {
    private final Map<String, DocumentList<DocumentModel>> byType = new HashMap<>();

    PageStore(JBakeConfiguration config) {
        super(config.getDatabaseStore(), config.getDatabasePath());
    }

    @Override
    public synchronized DocumentList<DocumentModel> getAllContent(String type) {
        return byType.computeIfAbsent(type, super::getAllContent);
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        byType.clear();
        super.addDocument(document);
    }

    /**
     * Nothing: JBake marks each page rendered, for its next incremental bake, with an update that scans every
     * page (at 1,000 pages a thousand scans of a thousand, 0.8 s). Every bake here starts from an empty
     * store, and the pages to render are listed once before the first is rendered, so nothing reads the mark.
     */
    @Override
    public void markContentAsRendered(DocumentModel document) {
        // see above
    }

    @Override
    public synchronized void deleteContent(String uri) {
        byType.clear();
        super.deleteContent(uri);
    }
}
