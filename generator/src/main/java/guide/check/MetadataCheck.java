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
            for (String key : required) {
                String value = m.attribute(key);
                if (value == null || value.isBlank()) {
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
