package guide.actionplan;

import guide.site.Site;
import guide.pipeline.Pipeline;
import guide.problem.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads content/action-plan/questions.yml once, before the pages are rendered: its problems (with their
 * lines) go to the build, and the plan goes to the templates as {@link FormView} and to the later stages.
 * Starts the workbook script meanwhile, so the blank workbook is ready when the downloads are written.
 */
public final class ActionPlanModel implements Pipeline.Model {

    @Override
    public String name() {
        return "action plan model";
    }

    @Override
    public void read(Site site) {
        Object data = site.data().get(ActionPlan.DATA_KEY);
        if (data == null) return;
        List<String> missing = new Texts(site.messages()).missing();
        if (!missing.isEmpty()) {
            site.problems().add(Problem.error(site.sources().origin(site.sources().templates().resolve(Site.MESSAGES)), 0,
                    "The action-plan tool's interface text is missing: " + String.join(", ", missing) + ".",
                    "Copy these lines from the upstream templates/messages.properties and translate them if needed."));
        }
        Path script = site.sources().assets().resolve(WorkbookScript.FILE);
        boolean scripted = Files.isRegularFile(script);
        if (!scripted) {
            site.problems().add(Problem.error(site.sources().origin(script), 0,
                    "The action-plan tool's workbook script is missing: it writes the workbook readers download.",
                    "Copy assets/" + WorkbookScript.FILE + " from the upstream guide."));
        }
        ActionPlan.Reading reading = ActionPlan.read(data, ActionPlan.origin(site), ActionPlan.source(site));
        site.problems().addAll(reading.problems());
        if (reading.plan() == null || !missing.isEmpty() || !scripted) return;
        site.addView(FormView.NAME, FormView.of(mended(reading.plan(), site), new Texts(site.messages())));
        WorkbookScript.warm();
    }

    /**
     * The plan without links to pages the edition left out (local/remove.txt): an area keeps its questions
     * and loses only its "Read about this area" link, and the build lists each one it mended, as it does
     * for links in pages. A page missing for any other reason is left for {@link ActionPlanCheck} to report.
     */
    static ActionPlan mended(ActionPlan plan, Site site) {
        java.util.Set<String> gone = guide.edition.Removals.of(site.sources()).addresses();
        if (gone.isEmpty()) return plan;
        List<ActionPlan.Priority> areas = new java.util.ArrayList<>();
        for (ActionPlan.Priority p : plan.priorities()) {
            if (p.page() == null || !gone.contains(p.page())) {
                areas.add(p);
                continue;
            }
            site.problems().add(Problem.note(ActionPlan.origin(site), p.pageLine(), "The action plan's area '" + p.title()
                    + "' no longer links to " + p.page() + ", which local/remove.txt removes: its questions stay, without the link."));
            areas.add(new ActionPlan.Priority(p.id(), p.title(), null, p.pageLine(), p.opening(), p.questions()));
        }
        return new ActionPlan(plan.title(), plan.introduction(), plan.assessment(), plan.columns(), List.copyOf(areas));
    }

    /** This build's form, if the data file was read without errors. */
    static FormView of(Site site) {
        return site.views().get(FormView.NAME) instanceof FormView view ? view : null;
    }
}
