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
        site.addView(FormView.NAME, FormView.of(reading.plan(), new Texts(site.messages())));
        WorkbookScript.warm();
    }

    /** This build's form, if the data file was read without errors. */
    static FormView of(Site site) {
        return site.views().get(FormView.NAME) instanceof FormView view ? view : null;
    }
}
