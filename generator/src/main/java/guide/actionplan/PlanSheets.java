package guide.actionplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything goes in the spreadsheet: one sheet per priority area with its title, date completed,
 * questions and prompts, the assessment answers and the action table. The build writes the blank
 * workbook from this, and the page's script gets the same layout (as JSON) to write a filled one, so the
 * two always match. Rows and columns are 0-based.
 */
public record PlanSheets(List<Sheet> sheets) {

    public static final double[] WIDTHS = {46, 28, 34, 16};
    static final double LINE_HEIGHT = 15;
    static final double ANSWER_HEIGHT = 96;
    static final double ACTION_HEIGHT = 48;

    /** How a cell looks. The script's workbook writer keeps the same list, in this order. */
    public enum Style { TITLE, HEADING, LABEL, QUESTION, PROMPT, INPUT, ANSWER, HEADER, HINT }

    public record Cell(int row, int col, Style style, String text) {}

    /** Columns {@code first} to {@code last} of {@code row} shown as one cell. */
    public record Merge(int row, int first, int last) {}

    /** An answer cell: its field name (as in the form and the PDF), its label and where it is. */
    public record Field(String name, String label, int row, int col) {}

    /** The action table: its header row, then one row per action from {@code headerRow + 1}. */
    public record Table(int headerRow, List<String> columns, List<String> labels, List<Boolean> dates) {
        public int rowOf(int action) {
            return headerRow + action;
        }
    }

    public record Sheet(String name, String priority, List<Cell> cells, List<Merge> merges,
                        Map<Integer, Double> heights, List<Field> fields, Table table) {
        public Field field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No field " + name + " on " + this.name));
        }
    }

    public static PlanSheets of(ActionPlan plan, Texts texts) {
        List<Sheet> sheets = new ArrayList<>();
        int n = 0;
        for (ActionPlan.Priority p : plan.priorities()) {
            sheets.add(sheet(plan, p, sheetName(++n, p.title()), texts));
        }
        return new PlanSheets(List.copyOf(sheets));
    }

    private static Sheet sheet(ActionPlan plan, ActionPlan.Priority p, String name, Texts texts) {
        List<Cell> cells = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        Map<Integer, Double> heights = new LinkedHashMap<>();
        List<Field> fields = new ArrayList<>();
        int last = WIDTHS.length - 1;
        int r = 0;
        cells.add(new Cell(r, 0, Style.TITLE, p.title()));
        merges.add(new Merge(r, 0, last));
        heights.put(r, Math.max(24.0, wrapped(p.title(), 0, last, 1.5) * 20.0));
        r += 2;
        String completed = texts.get("action-plan.completed");
        cells.add(new Cell(r, 0, Style.LABEL, completed));
        cells.add(new Cell(r, 1, Style.INPUT, ""));
        cells.add(new Cell(r, 2, Style.HINT, texts.get("action-plan.date.hint")));
        fields.add(new Field(ActionPlan.completedField(p), completed, r, 1));
        r += 2;
        cells.add(new Cell(r, 0, Style.HEADING, texts.get("action-plan.questions")));
        r++;
        int q = 0;
        for (ActionPlan.Question question : p.questions()) {
            String text = (++q) + ". " + question.text();
            cells.add(new Cell(r, 0, Style.QUESTION, text));
            merges.add(new Merge(r, 0, last));
            heights.put(r, wrapped(text, 0, last, 1) * LINE_HEIGHT + 3);
            r++;
            for (String prompt : question.prompts()) {
                String t = "\u2022 " + prompt;
                cells.add(new Cell(r, 0, Style.PROMPT, t));
                merges.add(new Merge(r, 0, last));
                heights.put(r, wrapped(t, 0, last, 1.1) * LINE_HEIGHT + 3);
                r++;
            }
        }
        r++;
        cells.add(new Cell(r, 0, Style.HEADING, texts.get("action-plan.assessment")));
        r++;
        for (ActionPlan.Answer a : plan.assessment()) {
            cells.add(new Cell(r, 0, Style.LABEL, a.label()));
            cells.add(new Cell(r, 1, Style.ANSWER, ""));
            merges.add(new Merge(r, 1, last));
            heights.put(r, ANSWER_HEIGHT);
            fields.add(new Field(ActionPlan.answerField(p, a), a.label(), r, 1));
            r++;
        }
        r++;
        cells.add(new Cell(r, 0, Style.HEADING, texts.get("action-plan.actions")));
        r++;
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Boolean> dates = new ArrayList<>();
        for (int c = 0; c < plan.columns().size(); c++) {
            ActionPlan.Column col = plan.columns().get(c);
            String label = col.date() ? col.label() + " (" + texts.get("action-plan.date.format") + ")" : col.label();
            cells.add(new Cell(r, c, Style.HEADER, label));
            ids.add(col.id());
            labels.add(col.label());
            dates.add(col.date());
        }
        Table table = new Table(r, List.copyOf(ids), List.copyOf(labels), List.copyOf(dates));
        for (int row = 1; row <= ActionPlan.BLANK_ROWS; row++) {
            for (int c = 0; c < plan.columns().size(); c++) {
                ActionPlan.Column col = plan.columns().get(c);
                cells.add(new Cell(table.rowOf(row), c, Style.INPUT, ""));
                fields.add(new Field(ActionPlan.cellField(p, row, col), col.label() + " " + row, table.rowOf(row), c));
            }
            heights.put(table.rowOf(row), ACTION_HEIGHT);
        }
        return new Sheet(name, p.id(), List.copyOf(cells), List.copyOf(merges), heights, List.copyOf(fields), table);
    }

    /** Lines a text takes across columns {@code first}..{@code last}, roughly (spreadsheets do not size merged rows). */
    static int wrapped(String text, int first, int last, double scale) {
        double width = 0;
        for (int c = first; c <= last; c++) width += WIDTHS[c];
        int perLine = (int) Math.max(10, width * 1.15 / scale);
        int lines = 0;
        for (String para : text.split("\n")) {
            int len = 0;
            lines++;
            for (String word : para.split(" ")) {
                if (len > 0 && len + 1 + word.length() > perLine) {
                    lines++;
                    len = word.length();
                } else {
                    len += (len > 0 ? 1 : 0) + word.length();
                }
            }
        }
        return lines;
    }

    /**
     * A sheet name Excel accepts (31 characters at most, none of []:*?/\), cut at a word, numbered so the
     * tabs read in the guide's order and never clash.
     */
    static String sheetName(int n, String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        String prefix = n + " ";
        int room = 31 - prefix.length();
        String cut = clean;
        if (cut.length() > room) {
            cut = cut.substring(0, room);
            int space = cut.lastIndexOf(' ');
            if (space > room / 2) cut = cut.substring(0, space);
            cut = cut.replaceAll("[ ,;.'-]+$", "");
        }
        return prefix + cut;
    }
}
