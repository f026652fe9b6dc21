package guide.actionplan;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.check.Check;
import guide.pages.Pages;
import guide.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The action-plan data file is complete and consistent (every priority area has questions, ids are
 * unique, labels are there), each priority area's page exists, and a page of type {@code actionplan}
 * has a data file to draw its form from.
 */
public final class ActionPlanCheck implements Check {
    static final String PAGE_TYPE = "actionplan";

    @Override
    public List<Problem> check(Pages pages, Site site) {
        Object data = site.data().get(ActionPlan.DATA_KEY);
        List<Problem> problems = new ArrayList<>();
        if (data == null) {
            for (Manuscript m : site.manuscripts().all()) {
                if (PAGE_TYPE.equals(m.type()) && !m.draft()) {
                    problems.add(Problem.error(m.origin(), m.attributeLine("jbake-type"),
                            "This page shows the action-plan tool, but there is no content/" + ActionPlan.FILE + " to make it from.",
                            "Add the data file (copy it from the upstream guide), or give this page another :jbake-type:."));
                }
            }
            return problems;
        }
        List<String> missing = new Texts(site.messages()).missing();
        if (!missing.isEmpty()) {
            problems.add(Problem.error(site.sources().origin(site.sources().templates().resolve(Site.MESSAGES)), 0,
                    "The action-plan tool's interface text is missing: " + String.join(", ", missing) + ".",
                    "Copy these lines from the upstream templates/messages.properties and translate them if needed."));
        }
        String origin = ActionPlan.origin(site);
        String text = ActionPlan.source(site);
        ActionPlan.Reading reading = ActionPlan.read(data, origin, text);
        problems.addAll(reading.problems());
        if (reading.plan() != null) {
            YamlLines lines = YamlLines.of(text);
            List<ActionPlan.Priority> priorities = reading.plan().priorities();
            for (int i = 0; i < priorities.size(); i++) {
                String page = priorities.get(i).page();
                if (page != null && pages.byUri(page).isEmpty()) {
                    problems.add(Problem.error(origin, lines.line("priorities/" + i + "/page"),
                            "The priority area '" + priorities.get(i).title() + "' links to " + page
                                    + ", which is not a page of the guide.",
                            "Write the page's address from the site's root, ending in .html (for example "
                                    + "framework/partnership.html for content/framework/partnership.adoc)."));
                }
            }
        }
        return problems;
    }
}
