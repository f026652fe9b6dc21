package guide.actionplan;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.check.Check;
import guide.pages.Pages;
import guide.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Each area's page exists, and a page of type {@code actionplan} has a data file to draw its form from.
 * (That the data file is complete and consistent is reported when {@link ActionPlanModel} reads it.)
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
        // The data file's own problems were reported when it was read (ActionPlanModel).
        FormView view = ActionPlanModel.of(site);
        if (view == null) return problems;
        String origin = ActionPlan.origin(site);
        for (ActionPlan.Priority area : view.plan().priorities()) {
            String page = area.page();
            if (page != null && pages.byUri(page).isEmpty()) {
                problems.add(Problem.error(origin, area.pageLine(),
                        "The priority area '" + area.title() + "' links to " + page
                                + ", which is not a page of the guide.",
                        "Write the page's address from the site's root, ending in .html (for example "
                                + "framework/partnership.html for content/framework/partnership.adoc)."));
            }
        }
        return problems;
    }
}
