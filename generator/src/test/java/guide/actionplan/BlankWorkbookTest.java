package guide.actionplan;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blank workbook as the page's own script (assets/action-plan/workbook.js) writes it in GraalJS, read
 * back: a sheet per area with every question, labelled answer cells and the action table.
 */
class BlankWorkbookTest {
    private final ActionPlan plan = PlanFixture.realPlan();
    private final Texts texts = PlanFixture.texts();
    private final PlanSheets layout = PlanSheets.of(plan, texts);
    private final byte[] xlsx = write(plan);
    private final Map<String, Map<PlanFixture.At, Cell>> book = PlanFixture.cells(xlsx);

    @Test
    void thereIsOneSheetPerPriorityAreaInOrderWithItsTitle() {
        assertThat(book).hasSize(plan.priorities().size());
        List<String> names = new ArrayList<>(book.keySet());
        for (int i = 0; i < plan.priorities().size(); i++) {
            assertThat(names.get(i)).startsWith((i + 1) + " ").hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
            assertThat(text(book.get(names.get(i)), 0, 0)).isEqualTo(plan.priorities().get(i).title());
        }
    }

    @Test
    void everyQuestionAndPromptOfTheDataFileIsOnItsSheet() {
        int i = 0;
        for (ActionPlan.Priority p : plan.priorities()) {
            List<String> texts = book.get(layout.sheets().get(i++).name()).values().stream().map(Cell::getText).toList();
            int n = 0;
            for (ActionPlan.Question q : p.questions()) {
                assertThat(texts).contains((++n) + ". " + q.text());
                for (String prompt : q.prompts()) assertThat(texts).contains("\u2022 " + prompt);
            }
        }
    }

    @Test
    void everyAnswerCellIsEmptyAndLabelledByTheCellBeforeItOrItsColumnHeader() {
        for (PlanSheets.Sheet sheet : layout.sheets()) {
            Map<PlanFixture.At, Cell> cells = book.get(sheet.name());
            for (ActionPlan.Answer a : plan.assessment()) {
                PlanSheets.Field f = sheet.field(sheet.priority() + "." + a.id());
                assertThat(cells).doesNotContainKey(new PlanFixture.At(f.row(), f.col()));
                assertThat(text(cells, f.row(), f.col() - 1)).isEqualTo(a.label());
            }
            PlanSheets.Field completed = sheet.field(sheet.priority() + ".completed");
            assertThat(text(cells, completed.row(), completed.col() - 1)).isEqualTo(texts.get("action-plan.completed"));
            PlanSheets.Table t = sheet.table();
            for (int c = 0; c < plan.columns().size(); c++) {
                assertThat(text(cells, t.headerRow(), c)).startsWith(plan.columns().get(c).label());
                for (int row = 1; row <= ActionPlan.BLANK_ROWS; row++) {
                    assertThat(cells).doesNotContainKey(new PlanFixture.At(t.rowOf(row), c));
                }
            }
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        ActionPlan.Question q = new ActionPlan.Question("q", "=HYPERLINK(\"http://example.org\")", List.of("+1", "-2", "@SUM(A1)"));
        ActionPlan.Priority p = new ActionPlan.Priority("p", "=1+1", null, 1, "", List.of(q));
        ActionPlan risky = new ActionPlan("Plan", "", plan.assessment(), plan.columns(), List.of(p));
        byte[] bytes = write(risky);
        Map<PlanFixture.At, Cell> cells = PlanFixture.cells(bytes).values().iterator().next();
        assertThat(cells.get(new PlanFixture.At(0, 0)).getType()).isEqualTo(CellType.STRING);
        assertThat(cells.get(new PlanFixture.At(0, 0)).getText()).isEqualTo("=1+1");
        assertThat(cells.values()).allSatisfy(c -> assertThat(c.getFormula()).isNull());
        assertThat(sheetXml(bytes)).doesNotContain("<f>").contains("t=\"inlineStr\"");
    }

    @Test
    void twoWritesAreByteIdentical() {
        byte[] again = write(plan);
        assertThat(java.util.Arrays.equals(again, xlsx)).as("the same bytes").isTrue();
    }

    @Test
    void theActionTableHasTheBlankRowsOfTheModelWithTheirBorders() throws Exception {
        PlanSheets.Sheet sheet = layout.sheets().get(0);
        String xml = sheetXml(xlsx);
        // Each blank row is written, bordered (the INPUT style), and not one more.
        assertThat(xml).contains("<c r=\"A" + (sheet.table().rowOf(ActionPlan.BLANK_ROWS) + 1) + "\" s=\"6\"/>")
                .doesNotContain("<c r=\"A" + (sheet.table().rowOf(ActionPlan.BLANK_ROWS + 1) + 1) + "\"");
    }

    private byte[] write(ActionPlan p) {
        return WorkbookScript.blank(PlanFixture.assets().resolve(WorkbookScript.FILE), LayoutJson.of(p, PlanSheets.of(p, texts)));
    }

    private static String sheetXml(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no sheet1.xml");
    }

    private static String text(Map<PlanFixture.At, Cell> cells, int row, int col) {
        Cell c = cells.get(new PlanFixture.At(row, col));
        return c == null ? null : c.getText();
    }
}
