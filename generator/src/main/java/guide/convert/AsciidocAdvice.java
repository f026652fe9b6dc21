package guide.convert;

import guide.problem.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain-English fixes for the messages Asciidoctor writes most often. */
final class AsciidocAdvice {
    private static final Map<String, String> ADVICE = new LinkedHashMap<>();

    static {
        ADVICE.put("section title out of sequence",
                "Headings go down one level at a time: under a '==' heading use '===', under '===' use '===='.");
        ADVICE.put("ancestor of jail",
                "Included files must sit in the same folder as the page or below it: take the '../' out of the include:: path "
                        + "and move the file next to the page.");
        ADVICE.put("include file not found",
                "Check the file name after 'include::'. Included files must sit in the same folder as the page or below it.");
        ADVICE.put("unterminated table",
                "A table starts with a line '|===' and ends with another line '|==='. Add a line '|===' where the table ends.");
        ADVICE.put("unterminated listing",
                "A block of fixed-width text starts with a line '----' and ends with another. Add a line '----' where it ends.");
        ADVICE.put("unterminated literal",
                "A literal block starts with a line '....' and ends with another. Add a line '....' where it ends.");
        ADVICE.put("unterminated example",
                "An example block starts with a line '====' and ends with another. Add a line '====' where it ends.");
        ADVICE.put("unterminated sidebar",
                "A sidebar starts with a line '****' and ends with another. Add a line '****' where it ends.");
        ADVICE.put("unterminated quote",
                "A quote block starts with a line '____' and ends with another. Add a line '____' where it ends.");
        ADVICE.put("unterminated comment",
                "A comment block starts with a line '////' and ends with another. Add a line '////' where it ends.");
        ADVICE.put("unterminated pass",
                "A passthrough block starts with a line '++++' and ends with another. Add a line '++++' where it ends.");
        ADVICE.put("unterminated",
                "A block was opened (for example with '----' or '====') but not closed. Add the same line again where the block ends.");
        ADVICE.put("dropping line containing reference to missing attribute",
                "The page uses an attribute in curly brackets that is not defined. Check its spelling, or define it in the page header as ':name: value'.");
        ADVICE.put("skipping reference to missing attribute",
                "The page uses an attribute in curly brackets that is not defined. Check its spelling, or define it in the page header as ':name: value'.");
        ADVICE.put("invalid reference",
                "A cross-reference points at an id that does not exist. Check the part after '#' or inside '<<' '>>'.");
        ADVICE.put("list item index",
                "Numbered list items are out of order. Use '.' for every item and let the numbers be added for you.");
        ADVICE.put("table",
                "A table row has the wrong number of cells. Each row needs one '|' per column.");
        ADVICE.put("id assigned to",
                "Two parts of the page have the same id. Give one of them a different id.");
        ADVICE.put("duplicate",
                "Something on the page is defined twice. Keep one and rename or remove the other.");
    }

    private AsciidocAdvice() {}

    private static final Pattern OUT_OF_SEQUENCE = Pattern.compile("section title out of sequence: expected levels? (\\d+)(?: or \\d+)?, got level (\\d+)");
    /** The build's working copy (Publisher.workFor: a ".NAME-work" folder) up to the author's path; else all but the file name. */
    private static final Pattern WORK_COPY = Pattern.compile("^.*?[/\\\\]\\.[^/\\\\]+-work[/\\\\]|^.*[/\\\\](?=[^/\\\\]+$)");
    private static final Map<String, String> DELIMITERS = Map.of("listing", "----", "literal", "....", "example", "====",
            "sidebar", "****", "quote", "____", "comment", "////", "pass", "++++", "open", "--");
    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven"};

    /**
     * Asciidoctor's log message as a problem in the author's terms, or null when a check of the guide
     * reports the same mistake better (a cross-reference to a missing id: {@code LinkCheck} lists the headings).
     */
    static Problem problem(String origin, int line, boolean error, String message, List<String> lines) {
        String text = message == null ? "" : message;
        if (text.contains("possible invalid reference") || text.startsWith("invalid reference")) return null;
        String fix = fixFor(text);
        Matcher m = OUT_OF_SEQUENCE.matcher(text);
        String source = line > 0 && line <= lines.size() ? lines.get(line - 1).strip() : "";
        if (m.find() && source.startsWith("=")) {
            int above = Integer.parseInt(m.group(1)); // the level expected is one below the heading above, whose '=' count equals it
            int signs = source.indexOf(' ') > 0 ? source.indexOf(' ') : Integer.parseInt(m.group(2)) + 1;
            text = "The heading '" + source + "' has " + count(signs) + " '=' signs but comes under a heading with "
                    + count(above) + ": a heading can only go one level deeper than the one above it.";
            fix = "Use '" + "=".repeat(above + 1) + "' for this heading (one '=' more than the heading above it), "
                    + "or add a '" + "=".repeat(above + 1) + "' heading above it.";
        } else if (text.startsWith("include file not found: ")) {
            // Asciidoctor names the build's working copy by its absolute path: name the file as the author knows it.
            String file = WORK_COPY.matcher(text.substring("include file not found: ".length()).strip()).replaceFirst("");
            text = "The file to include, '" + file + "', cannot be found.";
        } else if (text.startsWith("unterminated table block")) {
            text = "The table that starts here with '|===' is never closed, so the rest of the page becomes part of it.";
        } else if (text.startsWith("unterminated ")) {
            String kind = text.substring("unterminated ".length()).replace(" block", "").strip();
            String delimiter = DELIMITERS.get(kind);
            text = "The block that starts here" + (delimiter == null ? "" : " with '" + delimiter + "'")
                    + " is never closed, so the rest of the page becomes part of it.";
        } else {
            text = "AsciiDoc " + (error ? "warning" : "note") + ": " + text;
        }
        return error ? Problem.error(origin, line, text, fix) : Problem.warning(origin, line, text, fix);
    }

    private static String count(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
    }

    static String fixFor(String message) {
        String lower = message == null ? "" : message.toLowerCase();
        for (Map.Entry<String, String> e : ADVICE.entrySet()) {
            if (lower.contains(e.getKey())) return e.getValue();
        }
        return "Open the file at this line and compare it with the AsciiDoc examples in CONTRIBUTING.md.";
    }
}
