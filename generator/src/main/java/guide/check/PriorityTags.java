package guide.check;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.edition.Removals;
import guide.pages.Pages;
import guide.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every practice example's {@code :priorities:} names priority areas that exist (a page of type priority
 * with that {@code :priority:}), since the priority pages and the practice examples page list examples
 * from these tags alone. A tag naming a priority page the edition removed is dropped quietly.
 */
public final class PriorityTags implements Check {
    public static final String TAGS = "priorities";

    @Override
    public List<Problem> check(Pages pages, Site site) {
        Set<String> valid = new TreeSet<>();
        for (Manuscript m : site.manuscripts().all()) {
            String id = m.attribute("priority");
            if ("priority".equals(m.type()) && !m.draft() && id != null && !id.isBlank()) valid.add(id.strip());
        }
        Set<String> removed = Removals.of(site.sources()).priorityIds();
        List<Problem> problems = new ArrayList<>();
        for (Manuscript m : site.manuscripts().all()) {
            if (!"example".equals(m.type()) || m.draft()) continue;
            String tags = m.attribute(TAGS);
            if (tags == null || tags.isBlank()) {
                problems.add(Problem.error(m.origin(), Math.max(1, m.lineOf("= ", 1)),
                        "This practice example has no :priorities: line, so no priority area lists it.",
                        "Add ':priorities: " + String.join(", ", valid) + "' under the title, keeping only the priority "
                                + "areas the example shows."));
                continue;
            }
            for (String tag : tags.split(",")) {
                String t = tag.strip();
                if (t.isEmpty() || valid.contains(t) || removed.contains(t)) continue;
                problems.add(Problem.error(m.origin(), m.attributeLine(TAGS),
                        "The :priorities: line names '" + t + "', which is not a priority area of the guide.",
                        "Use only these names, separated by commas: " + String.join(", ", valid) + "."));
            }
        }
        return problems;
    }
}
