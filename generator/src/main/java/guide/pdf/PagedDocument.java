package guide.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.util.ArrayList;
import java.util.List;

/**
 * The document the renderer draws into, which finds a page by its number at once. openhtmltopdf asks for
 * the page of every bookmark by number, and PDFBox answers by walking the page tree from the start,
 * listing every page on the way: that grows as pages times headings. The renderer only adds pages, so the
 * pages added, in order, are the page tree; once anything takes a page away, PDFBox's own lookup answers.
 */
final class PagedDocument extends PDDocument {
    private final List<PDPage> added = new ArrayList<>();
    private boolean onlyAdded = true;

    @Override
    public void addPage(PDPage page) {
        super.addPage(page);
        added.add(page);
    }

    @Override
    public PDPage getPage(int pageIndex) {
        if (onlyAdded && added.size() == getNumberOfPages() && pageIndex >= 0 && pageIndex < added.size()) return added.get(pageIndex);
        return super.getPage(pageIndex);
    }

    @Override
    public void removePage(PDPage page) {
        onlyAdded = false;
        super.removePage(page);
    }

    @Override
    public void removePage(int pageNumber) {
        onlyAdded = false;
        super.removePage(pageNumber);
    }
}
