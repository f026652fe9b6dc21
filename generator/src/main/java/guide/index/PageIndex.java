package guide.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The guide's search index: lunr's counts of every page, and the text parts the snippets come from.
 * lunr.js decides the terms ({@link Lunr#terms}, word by word); this counts them as lunr.Builder#add does
 * and writes what the browser's reader (assets/search/index-reader.js) turns back into a lunr.Index.
 * <p>
 * The index is of pages, not sections: results are grouped by page, and a page-level index is several
 * times smaller to download (at 1,000 pages, about 70 KB gzipped instead of 280). Fields:
 * {@code t}, the page's title (boost 10); {@code h}, its section headings (boost 5); {@code s}, its
 * summary (boost 2); {@code b}, its text. Which sections of a page match, and the snippets, come from the
 * text parts, which hold each section's heading, anchor and text; the page finds them there once they
 * have loaded (see search.js).
 * <p>
 * The index is not lunr's own JSON (Index#toJSON), which is several times larger: it holds what lunr's
 * Builder counts (each term's frequency in each field of each page, and each field's length) in small
 * integers, and the reader redoes lunr's scoring arithmetic (BM25, as Builder#createFieldVectors does it).
 * Its parts:
 * <ul>
 *   <li>{@code terms}: every term, sorted (the order is each term's number);</li>
 *   <li>{@code postings}: per term, per field in the order of {@code fields}, the pages holding it: numbers
 *       that go up, written as the gap from the one before (the first from -1, so every gap is at least
 *       1); a gap is negative when the term occurs more than once there, and then the next number is how
 *       many times;</li>
 *   <li>{@code lengths}: per field, each page's length in terms;</li>
 *   <li>{@code pages}: [title, address, first section] per page; {@code sections}: how many sections in all;</li>
 *   <li>{@code parts}: the first section of each text part after the first.</li>
 * </ul>
 * The text parts: [heading, anchor, text] per section ("" and "" for a page's opening), in order, about
 * {@value #PART} characters of text each.
 */
public final class PageIndex {
    /** Changes whenever what this class writes changes, so cached indexes are rebuilt (see IndexCache). */
    static final String FORMAT = "page-index 2";
    static final List<String> FIELDS = List.of("t", "h", "s", "b");
    private static final int[] BOOSTS = {10, 5, 2, 1};
    /** A snippet's length at most, in characters. */
    private static final int SNIPPET = 1200;
    /** About how many characters of text each text part holds. */
    static final int PART = 60000;

    /** lunr's tokenizer separator as JavaScript writes it, and the same set of characters in Java. */
    private static final String LUNR_SEPARATOR = "[\\s\\-]+";
    // JavaScript's \s: its white space and line terminators (Java's \s is only the ASCII ones).
    private static final Pattern SEPARATOR = Pattern.compile(
            "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF-]+");
    private static final JsonFactory JSON = new JsonFactory();

    /** The page-level index and every section's heading, anchor and snippet text, each as JSON. */
    public record Built(String index, List<String> texts) {}

    private PageIndex() {}

    static Built build(List<Section> sections, Lunr lunr) {
        if (!lunr.separator().equals(LUNR_SEPARATOR)) {
            throw new IllegalStateException("lunr.js cuts words at " + lunr.separator() + ", not at " + LUNR_SEPARATOR
                    + " as guide.index.PageIndex does: make PageIndex.SEPARATOR the same characters");
        }
        // One document per page, its fields gathered from its sections in order.
        Map<String, Document> byPage = new LinkedHashMap<>();
        List<String[]> texts = new ArrayList<>();
        for (Section s : sections) {
            Document doc = byPage.computeIfAbsent(s.page(), p -> new Document(byPage.size(), s.title(), p, texts.size(), s.summary()));
            if (!s.heading().isEmpty()) doc.headings.add(s.heading());
            if (!s.body().isEmpty()) doc.bodies.add(s.body());
            texts.add(new String[] {s.heading(), s.anchor(), cut(s.body().isEmpty() ? s.summary() : s.body())});
        }
        List<Document> docs = new ArrayList<>(byPage.values());

        // Per term, per field: page, count, page, count, ... with pages going up.
        Map<String, Counts[]> found = new HashMap<>();
        int[][] lengths = new int[FIELDS.size()][docs.size()];
        for (Document doc : docs) {
            List<String> fields = List.of(doc.title, String.join(" ", doc.headings), doc.summary, String.join(" ", doc.bodies));
            for (int f = 0; f < fields.size(); f++) {
                Map<String, int[]> frequencies = new LinkedHashMap<>();
                int length = 0;
                for (List<String> terms : lunr.terms(words(fields.get(f)))) {
                    for (String term : terms) {
                        frequencies.computeIfAbsent(term, t -> new int[1])[0]++;
                        length++;
                    }
                }
                lengths[f][doc.number] = length;
                for (Map.Entry<String, int[]> e : frequencies.entrySet()) {
                    Counts[] byField = found.computeIfAbsent(e.getKey(), t -> new Counts[FIELDS.size()]);
                    if (byField[f] == null) byField[f] = new Counts();
                    byField[f].add(doc.number, e.getValue()[0]);
                }
            }
        }
        String[] terms = found.keySet().toArray(String[]::new);
        // JavaScript's sort and String#compareTo both order by UTF-16 code unit, as lunr's TokenSet needs.
        Arrays.sort(terms);

        // Text parts: consecutive sections, about PART characters of text each.
        List<List<String[]>> parts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        parts.add(new ArrayList<>());
        int size = 0;
        for (int x = 0; x < texts.size(); x++) {
            String text = texts.get(x)[2];
            if (size > 0 && size + text.length() > PART) {
                starts.add(x);
                parts.add(new ArrayList<>());
                size = 0;
            }
            parts.get(parts.size() - 1).add(texts.get(x));
            size += text.length();
        }

        StringWriter index = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(index)) {
            json.writeStartObject();
            json.writeNumberField("format", 1);
            json.writeArrayFieldStart("fields");
            for (String f : FIELDS) json.writeString(f);
            json.writeEndArray();
            json.writeFieldName("boosts");
            json.writeArray(BOOSTS, 0, BOOSTS.length);
            json.writeFieldName("pipeline");
            json.writeRawValue(lunr.searchPipeline());
            json.writeArrayFieldStart("terms");
            for (String t : terms) json.writeString(t);
            json.writeEndArray();
            json.writeArrayFieldStart("postings");
            for (String t : terms) {
                json.writeStartArray();
                for (Counts c : found.get(t)) writeGaps(json, c);
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("lengths");
            for (int[] l : lengths) json.writeArray(l, 0, l.length);
            json.writeEndArray();
            json.writeArrayFieldStart("pages");
            for (Document d : docs) {
                json.writeStartArray();
                json.writeString(d.title);
                json.writeString(d.page);
                json.writeNumber(d.firstSection);
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeNumberField("sections", texts.size());
            json.writeArrayFieldStart("parts");
            for (int x : starts) json.writeNumber(x);
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            return new Built(index.toString(), parts.stream().map(PageIndex::json).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
    }

    /** The words of a field as lunr's tokenizer cuts them. Given words, lunr lower-cases each itself. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : SEPARATOR.split(text)) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static String cut(String text) {
        if (text.length() <= SNIPPET) return text;
        int end = text.lastIndexOf(' ', SNIPPET);
        return text.substring(0, end > SNIPPET / 2 ? end : SNIPPET);
    }

    private static String json(List<String[]> part) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (String[] section : part) json.writeArray(section, 0, section.length);
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeGaps(JsonGenerator json, Counts counts) throws IOException {
        json.writeStartArray();
        int last = -1;
        for (int i = 0; counts != null && i < counts.size; i += 2) {
            int gap = counts.values[i] - last, count = counts.values[i + 1];
            last = counts.values[i];
            if (count == 1) {
                json.writeNumber(gap);
            } else {
                json.writeNumber(-gap);
                json.writeNumber(count);
            }
        }
        json.writeEndArray();
    }

    private static final class Document {
        final int number;
        final String title;
        final String page;
        final int firstSection;
        final String summary;
        final List<String> headings = new ArrayList<>();
        final List<String> bodies = new ArrayList<>();

        Document(int number, String title, String page, int firstSection, String summary) {
            this.number = number;
            this.title = title;
            this.page = page;
            this.firstSection = firstSection;
            this.summary = summary;
        }
    }

    /** A growing list of page, count pairs. */
    private static final class Counts {
        int[] values = new int[4];
        int size;

        void add(int page, int count) {
            if (size + 2 > values.length) values = Arrays.copyOf(values, values.length * 2);
            values[size++] = page;
            values[size++] = count;
        }
    }
}
