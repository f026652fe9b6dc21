package guide.check;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.pages.Pages;
import guide.problem.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every page carries the header lines the site requires ({@code pages.required-metadata} in
 * site.properties, e.g. summary, order, reviewed, review-due); dates are real dates and a page's next
 * review comes after its last one.
 */
public final class MetadataCheck implements Check {
    public static final String SETTING = "pages.required-metadata";

    @Override
    public List<Problem> check(Pages pages, Site site) {
        List<String> required = site.config().requiredMetadata();
        List<Problem> problems = new ArrayList<>();
        for (Manuscript m : site.manuscripts().all()) {
            if (m.draft()) continue;
            int afterTitle = Math.max(1, m.lineOf("= ", 1));
            List<String> cutOff = new ArrayList<>();
            int blank = headerBreak(m, required, cutOff);
            if (!cutOff.isEmpty()) {
                problems.add(Problem.error(m.origin(), blank,
                        "This blank line ends the page's header, so the line" + (cutOff.size() == 1 ? " " : "s ")
                                + String.join(", ", cutOff.stream().map(k -> ":" + k + ":").toList())
                                + " below it " + (cutOff.size() == 1 ? "is" : "are") + " not read as part of the header.",
                        "Delete this blank line: the title and the lines starting with ':' must be together, with no blank line between them."));
            }
            for (String key : required) {
                String value = m.attribute(key);
                if ((value == null || value.isBlank()) && !cutOff.contains(key)) {
                    problems.add(Problem.error(m.origin(), afterTitle, "The page's header has no :" + key + ": line.",
                            "Add a line ':" + key + ": " + example(key) + "' under the title, with the other header lines "
                                    + "(no blank line between them)."));
                }
            }
            String order = m.attribute("order");
            if (order != null && !order.strip().matches("-?\\d+")) {
                problems.add(Problem.error(m.origin(), m.attributeLine("order"), "The :order: '" + order + "' is not a whole number.",
                        "Write a whole number such as 10, 20 or 30; pages are read in that order."));
            }
            LocalDate reviewed = date(m, "reviewed", problems);
            LocalDate due = date(m, "review-due", problems);
            if (reviewed != null && due != null && !due.isAfter(reviewed)) {
                problems.add(Problem.error(m.origin(), m.attributeLine("review-due"),
                        "The next review (" + due + ") is not after the last review (" + reviewed + ").",
                        "Set :review-due: to a later date than :reviewed:, usually a year later."));
            }
        }
        return problems;
    }

    /**
     * The first blank line inside what the author meant as the header: the required lines missing from the
     * header but written just below it (after blank lines, before any text) go into {@code cutOff}.
     */
    private static int headerBreak(Manuscript m, List<String> required, List<String> cutOff) {
        List<String> lines = m.lines();
        int title = m.lineOf("= ", 1);
        if (title == 0) return 0;
        int i = title; // 0-based index of the line after the title
        while (i < lines.size() && !lines.get(i).isBlank()) i++;
        int blank = i + 1;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("//")) continue;
            if (!line.startsWith(":")) break;
            for (String key : required) {
                String value = m.attribute(key);
                if (line.startsWith(":" + key + ":") && (value == null || value.isBlank())) cutOff.add(key);
            }
        }
        return blank;
    }

    private static LocalDate date(Manuscript m, String key, List<Problem> problems) {
        String value = m.attribute(key);
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(m.origin(), m.attributeLine(key), "The date '" + value + "' in :" + key + ": is not a real date.",
                    "Write dates as year-month-day, for example 2026-11-21."));
            return null;
        }
    }

    private static String example(String key) {
        return switch (key) {
            case "summary" -> "One sentence saying what the page is for.";
            case "order" -> "10";
            case "reviewed" -> "2026-11-21";
            case "review-due" -> "2027-11-21";
            default -> "...";
        };
    }
}
