package guide.pdf;

import guide.pipeline.Pipeline;
import guide.testing.BuiltEdition;
import guide.testing.PdfUa;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example local edition (a fictional council, src/test/resources/editions/anytown) gets a guide PDF of
 * its own: its name, publisher and logo on the cover, its own practice example and contacts inside, and
 * still no failed PDF/UA-1 rule, logo figure included.
 */
class EditionPdfIT {
    static byte[] pdf;

    @BeforeAll
    static void buildTheEdition() throws Exception {
        Pipeline.Result result = BuiltEdition.anytown().result();
        assertThat(result.failed()).as(result.problems().toString()).isFalse();
        pdf = Files.readAllBytes(BuiltEdition.anytown().site().resolve(GuideDownload.FILE));
    }

    @Test
    void theCoverAndTheDocumentCarryTheEditionsNameAndPublisher() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("A public health approach to sex work in Anytown");
            assertThat(doc.getDocumentInformation().getAuthor()).startsWith("Anytown Council");
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            String cover = GuidePdfIT.words(first.getText(doc));
            assertThat(cover).contains("A public health approach to sex work in Anytown", "Published by Anytown Council")
                    .doesNotContain("Yorkshire and the Humber Sex Work Steering Group");
        }
    }

    @Test
    void theEditionsLogoIsATaggedFigureWithItsAltText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDStructureElement> all = new ArrayList<>();
            GuidePdfIT.collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            assertThat(all.stream().filter(e -> e.getStructureType().equals("Figure")).map(PDStructureElement::getAlternateDescription))
                    .contains("Anytown Council");
        }
    }

    @Test
    void theEditionsOwnPracticeExampleAndContactsAreInsideAndInTheOutline() throws Exception {
        String text = GuidePdfIT.text(pdf);
        assertThat(text).contains("Anytown: a Thursday evening drop-in", "Zephyrine Room", "Anytown Sexual Health Service")
                .doesNotContain("georgina.wilkinson@ukhsa.gov.uk");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> examples = new ArrayList<>();
            for (PDOutlineItem part : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (part.getTitle().equals("Practice examples")) part.children().forEach(i -> examples.add(i.getTitle()));
            }
            assertThat(examples).contains("Anytown: a Thursday evening drop-in");
        }
    }

    @Test
    void veraPdfFindsNoFailedPdfUa1RuleInTheEditionsPdf() {
        assertThat(PdfUa.failures(pdf)).isEmpty();
    }
}
