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
 * with it is unchanged.
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

    @Override
    public synchronized void deleteContent(String uri) {
        byType.clear();
        super.deleteContent(uri);
    }
}
