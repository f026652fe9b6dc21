package guide.actionplan;

import guide.testing.BuiltGuide;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The guide's real questions file and interface text, and a reader of workbooks for the tests. */
public final class PlanFixture {
    private PlanFixture() {}

    public static Path dataFile() {
        // The file the build used: an edition under test may replace it.
        return BuiltGuide.effectiveSource("content/" + ActionPlan.FILE);
    }

    public static Path assets() {
        return BuiltGuide.repositoryRoot().resolve("assets");
    }

    public static Object parse(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    public static ActionPlan realPlan() {
        try {
            String text = Files.readString(dataFile(), StandardCharsets.UTF_8);
            ActionPlan.Reading r = ActionPlan.read(parse(text), "content/" + ActionPlan.FILE, text);
            if (r.plan() == null) throw new IllegalStateException("The real questions file has errors: " + r.problems());
            return r.plan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Texts texts() {
        // Key by key, as the build merges an edition's messages over the guide's.
        Properties p = new Properties();
        for (Path file : java.util.List.of(BuiltGuide.repositoryRoot().resolve("templates/messages.properties"),
                BuiltGuide.effectiveSource("templates/messages.properties"))) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return new Texts(m);
    }

    /** A cell's place, 0-based as in {@link PlanSheets}. */
    public record At(int row, int col) {}

    /** Every non-empty cell of every sheet, by sheet name (in order) and place. */
    public static Map<String, Map<At, Cell>> cells(byte[] xlsx) {
        Map<String, Map<At, Cell>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                Map<At, Cell> cells = new LinkedHashMap<>();
                for (Row row : sheet.read()) {
                    for (Cell c : row) {
                        if (c != null && c.getRawValue() != null) {
                            cells.put(new At(row.getRowNum() - 1, c.getColumnIndex()), c);
                        }
                    }
                }
                out.put(sheet.getName(), cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
