package guide.actionplan;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The blank workbook, written with fastexcel: a small, well-kept streaming writer of .xlsx with no
 * dependencies (Apache POI would bring some twenty megabytes for what is a few styled cells). Every text
 * cell is an inline string, so nothing in the data file can ever become a formula.
 */
public final class BlankSpreadsheet {
    /** Fixed, so two builds of the same sources give the same bytes. */
    static final Instant FIXED_TIME = Instant.parse("2026-01-01T00:00:00Z");

    private BlankSpreadsheet() {}

    public static byte[] write(PlanSheets layout, String title, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Guide", "1.0")) {
            wb.properties().setTitle(title);
            for (PlanSheets.Sheet sheet : layout.sheets()) {
                Worksheet ws = wb.newWorksheet(sheet.name());
                for (int c = 0; c < PlanSheets.WIDTHS.length; c++) ws.width(c, PlanSheets.WIDTHS[c]);
                sheet.heights().forEach(ws::rowHeight);
                for (PlanSheets.Merge m : sheet.merges()) {
                    ws.range(m.row(), m.first(), m.row(), m.last()).merge();
                    // The merged box gets its border on every cell, or only the first shows one.
                    if (isInput(sheet, m)) ws.range(m.row(), m.first(), m.row(), m.last()).style()
                            .borderStyle("thin").set();
                }
                for (PlanSheets.Cell cell : sheet.cells()) {
                    if (!cell.text().isEmpty()) ws.inlineString(cell.row(), cell.col(), cell.text());
                    style(ws, cell);
                }
                ws.fitToWidth((short) 1);
                ws.fitToHeight((short) 0);
                ws.setFitToPage(true);
                ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixTimes(out.toByteArray());
    }

    private static boolean isInput(PlanSheets.Sheet sheet, PlanSheets.Merge m) {
        return sheet.cells().stream().anyMatch(c -> c.row() == m.row() && c.col() == m.first()
                && (c.style() == PlanSheets.Style.ANSWER || c.style() == PlanSheets.Style.INPUT));
    }

    private static void style(Worksheet ws, PlanSheets.Cell cell) {
        var s = ws.style(cell.row(), cell.col());
        switch (cell.style()) {
            case TITLE -> s.bold().fontSize(16).wrapText(true).verticalAlignment("top");
            case HEADING -> s.bold().fontSize(13);
            case LABEL -> s.bold().wrapText(true).verticalAlignment("top");
            case QUESTION -> s.wrapText(true).verticalAlignment("top");
            case PROMPT -> s.wrapText(true).verticalAlignment("top").indent(2);
            case INPUT, ANSWER -> s.wrapText(true).verticalAlignment("top").borderStyle("thin");
            case HEADER -> s.bold().wrapText(true).verticalAlignment("top").borderStyle("thin").fillColor("DDDDDD");
            case HINT -> s.italic().fontColor("505A5F");
        }
        s.set();
    }

    private static final Pattern MERGE = Pattern.compile("<mergeCell ref=\"([A-Z]+)(\\d+):[^\"]*\"/>");

    /** fastexcel keeps merged ranges in a hash set, so their order changes from run to run: sort them by place. */
    static String sortMerges(String xml) {
        int start = xml.indexOf("<mergeCells>");
        int end = xml.indexOf("</mergeCells>");
        if (start < 0 || end < 0) return xml;
        List<String> merges = new ArrayList<>();
        Matcher m = MERGE.matcher(xml.substring(start, end));
        while (m.find()) merges.add(m.group());
        merges.sort(Comparator.comparing((String s) -> {
            Matcher one = MERGE.matcher(s);
            one.matches();
            return Integer.parseInt(one.group(2));
        }).thenComparing(Comparator.naturalOrder()));
        return xml.substring(0, start) + "<mergeCells>" + String.join("", merges) + xml.substring(end);
    }

    /**
     * Rewrites the zip with a fixed time on every entry and no creation date in the document properties:
     * fastexcel stamps both with the current time.
     */
    static byte[] fixTimes(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path temp = null;
        // Read through the central directory: fastexcel's local headers carry sizes ZipInputStream rejects.
        try {
            temp = Files.createTempFile("action-plan", ".xlsx");
            Files.write(temp, zip);
            try (ZipFile in = new ZipFile(temp.toFile()); ZipOutputStream z = new ZipOutputStream(out)) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    byte[] data;
                    try (InputStream entry = in.getInputStream(e)) {
                        data = entry.readAllBytes();
                    }
                    if (e.getName().equals("docProps/core.xml")) {
                        data = new String(data, StandardCharsets.UTF_8)
                                .replaceAll("<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                                        "<dcterms:created$1>" + FIXED_TIME + "</dcterms:created>")
                                .getBytes(StandardCharsets.UTF_8);
                    } else if (e.getName().startsWith("xl/worksheets/sheet")) {
                        data = sortMerges(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry fixed = new ZipEntry(e.getName());
                    fixed.setLastModifiedTime(FileTime.from(FIXED_TIME));
                    z.putNextEntry(fixed);
                    z.write(data);
                    z.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) temp.toFile().delete();
        }
        return out.toByteArray();
    }
}
