package guide.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page found by its number is the one PDFBox's own page tree gives, before and after pages are taken away. */
class PagedDocumentTest {
    @Test
    void everyPageByNumberIsThePageTreesOwn() throws Exception {
        try (PagedDocument paged = new PagedDocument()) {
            for (int i = 0; i < 50; i++) {
                paged.addPage(new PDPage());
            }
            for (int i = 0; i < 50; i++) {
                assertThat(paged.getPage(i).getCOSObject()).isSameAs(paged.getPages().get(i).getCOSObject());
            }
            paged.removePage(10);
            assertThat(paged.getNumberOfPages()).isEqualTo(49);
            for (int i = 0; i < 49; i++) {
                assertThat(paged.getPage(i).getCOSObject()).as("page %d after one went", i).isSameAs(paged.getPages().get(i).getCOSObject());
            }
            paged.addPage(new PDPage());
            assertThat(paged.getPage(49).getCOSObject()).isSameAs(paged.getPages().get(49).getCOSObject());
        }
    }
}
