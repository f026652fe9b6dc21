package guide.actionplan;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The blank PDF, read back with PDFBox: every question, a named field with a tooltip for every answer, tagged. */
class BlankFormTest {
    private final ActionPlan plan = PlanFixture.realPlan();
    private final Texts texts = PlanFixture.texts();
    private final byte[] pdf = BlankForm.write(plan, texts, "en-GB");

    @Test
    void everyQuestionAndPromptOfTheDataFileIsInTheText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (ActionPlan.Priority p : plan.priorities()) {
                assertThat(text).contains(p.title());
                for (ActionPlan.Question q : p.questions()) {
                    assertThat(text).contains(q.text().replaceAll("\\s+", " "));
                    for (String prompt : q.prompts()) assertThat(text).contains(prompt.replaceAll("\\s+", " "));
                }
            }
        }
    }

    @Test
    void everyAnswerAndTableCellHasANamedFieldWithATooltipNamingIt() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            List<String> expected = new ArrayList<>();
            for (ActionPlan.Priority p : plan.priorities()) {
                expected.add(ActionPlan.completedField(p));
                for (ActionPlan.Answer a : plan.assessment()) {
                    expected.add(ActionPlan.answerField(p, a));
                    PDField f = form.getField(ActionPlan.answerField(p, a));
                    assertThat(f.getAlternateFieldName()).isEqualTo(p.title() + ": " + a.label());
                }
                for (int row = 1; row <= ActionPlan.BLANK_ROWS; row++) {
                    for (ActionPlan.Column c : plan.columns()) {
                        expected.add(ActionPlan.cellField(p, row, c));
                        assertThat(form.getField(ActionPlan.cellField(p, row, c)).getAlternateFieldName())
                                .startsWith(p.title() + ": " + texts.get("action-plan.row", row) + ": " + c.label());
                    }
                }
            }
            List<String> actual = new ArrayList<>();
            form.getFieldTree().forEach(f -> {
                if (f instanceof PDTextField) actual.add(f.getFullyQualifiedName());
            });
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
            for (String name : expected) {
                PDField f = form.getField(name);
                assertThat(f).as(name).isInstanceOf(PDTextField.class);
                assertThat(f.getWidgets().get(0).getPage()).as(name).isNotNull();
            }
        }
    }

    @Test
    void theDocumentIsTaggedWithItsLanguageTitleAndAFormElementForEveryField() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(plan.title());
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(catalog.getMetadata().toByteArray())).contains(plan.title());
            List<String> types = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), types);
            assertThat(types).startsWith("Document").contains("H1", "H2", "H3", "L", "LI", "Table", "TR", "TH", "TD");
            int fields = 0;
            for (PDPage page : doc.getPages()) {
                assertThat(page.getCOSObject().getCOSName(COSName.getPDFName("Tabs"))).isEqualTo(COSName.S);
                fields += page.getAnnotations().size();
                assertThat(page.getAnnotations()).allSatisfy(a -> assertThat(a.getStructParent()).isNotNegative());
            }
            assertThat(types.stream().filter("Form"::equals).count()).isEqualTo(fields);
            assertThat(types.indexOf("H1")).isLessThan(types.indexOf("H2"));
        }
    }

    @Test
    void twoWritesAreByteIdentical() {
        assertThat(java.util.Arrays.equals(BlankForm.write(plan, texts, "en-GB"), pdf)).as("the same bytes").isTrue();
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                collect(e, types);
            }
        }
    }
}
