package guide.convert;

import java.util.LinkedHashMap;
import java.util.Map;

/** Plain-English fixes for the messages Asciidoctor writes most often. */
final class AsciidocAdvice {
    private static final Map<String, String> ADVICE = new LinkedHashMap<>();

    static {
        ADVICE.put("section title out of sequence",
                "Headings must go down one level at a time: after '== Heading' use '=== Subheading', not '===='.");
        ADVICE.put("ancestor of jail",
                "Included files must sit in the same folder as the page or below it: take the '../' out of the include:: path "
                        + "and move the file next to the page.");
        ADVICE.put("include file not found",
                "Check the file name after 'include::'. Included files must sit in the same folder as the page or below it.");
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

    static String fixFor(String message) {
        String lower = message == null ? "" : message.toLowerCase();
        for (Map.Entry<String, String> e : ADVICE.entrySet()) {
            if (lower.contains(e.getKey())) return e.getValue();
        }
        return "Open the file at this line and compare it with the AsciiDoc examples in CONTRIBUTING.md.";
    }
}
