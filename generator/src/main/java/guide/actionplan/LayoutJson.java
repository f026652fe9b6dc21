package guide.actionplan;

import java.util.Map;
import java.util.TreeMap;

/**
 * The spreadsheet layout as JSON for the form page's script (assets/action-plan/action-plan.js), which
 * fills it with the reader's answers and writes the workbook in the browser. Written by hand, in a fixed
 * order, so the page is the same bytes on every build.
 */
final class LayoutJson {
    private LayoutJson() {}

    static String of(ActionPlan plan, PlanSheets layout) {
        StringBuilder b = new StringBuilder("{\"format\":1,\"title\":").append(string(plan.title()));
        b.append(",\"styles\":[");
        PlanSheets.Style[] styles = PlanSheets.Style.values();
        for (int i = 0; i < styles.length; i++) b.append(i > 0 ? "," : "").append(string(styles[i].name()));
        b.append("],\"widths\":[");
        for (int i = 0; i < PlanSheets.WIDTHS.length; i++) b.append(i > 0 ? "," : "").append(number(PlanSheets.WIDTHS[i]));
        b.append("],\"blankRows\":").append(ActionPlan.BLANK_ROWS);
        b.append(",\"maxRows\":").append(ActionPlan.LIMITS.rows());
        b.append(",\"rowField\":").append(string(ActionPlan.ROW_FIELD));
        b.append(",\"actionHeight\":").append(number(PlanSheets.ACTION_HEIGHT));
        b.append(",\"sheets\":[");
        boolean firstSheet = true;
        for (PlanSheets.Sheet s : layout.sheets()) {
            b.append(firstSheet ? "" : ",");
            firstSheet = false;
            b.append("{\"name\":").append(string(s.name())).append(",\"priority\":").append(string(s.priority()));
            b.append(",\"cells\":[");
            boolean first = true;
            for (PlanSheets.Cell c : s.cells()) {
                if (c.row() > s.table().headerRow()) continue; // the script writes the action rows itself
                b.append(first ? "" : ",").append('[').append(c.row()).append(',').append(c.col()).append(',')
                        .append(c.style().ordinal()).append(',').append(string(c.text())).append(']');
                first = false;
            }
            b.append("],\"merges\":[");
            first = true;
            for (PlanSheets.Merge m : s.merges()) {
                b.append(first ? "" : ",").append('[').append(m.row()).append(',').append(m.first()).append(',')
                        .append(m.last()).append(']');
                first = false;
            }
            b.append("],\"heights\":[");
            first = true;
            for (Map.Entry<Integer, Double> h : new TreeMap<>(s.heights()).entrySet()) {
                if (h.getKey() > s.table().headerRow()) continue;
                b.append(first ? "" : ",").append('[').append(h.getKey()).append(',').append(number(h.getValue())).append(']');
                first = false;
            }
            b.append("],\"fields\":{");
            first = true;
            for (PlanSheets.Field f : s.fields()) {
                if (f.row() > s.table().headerRow()) continue;
                b.append(first ? "" : ",").append(string(f.name())).append(":[").append(f.row()).append(',')
                        .append(f.col()).append(']');
                first = false;
            }
            b.append("},\"table\":{\"row\":").append(s.table().headerRow()).append(",\"columns\":[");
            for (int i = 0; i < s.table().columns().size(); i++) {
                b.append(i > 0 ? "," : "").append(string(s.table().columns().get(i)));
            }
            b.append("]}}");
        }
        return b.append("]}").toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
