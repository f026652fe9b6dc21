package guide.actionplan;

import java.util.ArrayList;
import java.util.List;

/**
 * The action plan as its form template ({@code templates/actionplan.peb}) draws it: every field with its
 * name, id, label and hint already made from {@link ActionPlan}, so the template only lays them out.
 * Templates see it as {@code views.actionPlan}.
 */
public record FormView(ActionPlan plan, String title, String introduction, ActionPlan.Limits limits, String rowField,
                       List<Area> areas) {

    /** One input: its name is also its id; {@code hintId} is null when it has no hint. */
    public record Field(String name, String label, String hintId, boolean date, String column) {}

    /** One action row: its number, legend and the label of its remove button, and a cell per column. */
    public record Row(int number, String legend, String remove, List<Field> cells) {}

    /** One area of the framework, with the ids its heading and its state on the overview have. */
    public record Area(String id, String titleId, String statusId, String title, String page, String opening,
                       List<ActionPlan.Question> questions, Field completed, List<Field> answers, List<Row> rows) {}

    /** The view's name in the templates' {@code views}. */
    public static final String NAME = "actionPlan";

    public static FormView of(ActionPlan plan, Texts texts) {
        List<Area> areas = new ArrayList<>();
        for (ActionPlan.Priority p : plan.priorities()) {
            String completed = ActionPlan.completedField(p);
            List<Field> answers = new ArrayList<>();
            for (ActionPlan.Answer a : plan.assessment()) {
                answers.add(new Field(ActionPlan.answerField(p, a), a.label(), null, false, null));
            }
            List<Row> rows = new ArrayList<>();
            for (int n = 1; n <= ActionPlan.BLANK_ROWS; n++) {
                List<Field> cells = new ArrayList<>();
                for (ActionPlan.Column c : plan.columns()) {
                    String name = ActionPlan.cellField(p, n, c);
                    cells.add(new Field(name, c.label(), c.date() ? name + "-hint" : null, c.date(), c.id()));
                }
                rows.add(new Row(n, texts.get("action-plan.row", n), texts.get("action-plan.remove-row", n), List.copyOf(cells)));
            }
            areas.add(new Area(p.id(), p.id() + "-title", p.id() + "-status", p.title(), p.page(), p.opening(),
                    p.questions(), new Field(completed, texts.get("action-plan.completed"), completed + "-hint", true, null),
                    List.copyOf(answers), List.copyOf(rows)));
        }
        return new FormView(plan, plan.title(), plan.introduction(), ActionPlan.LIMITS, ActionPlan.ROW_FIELD, List.copyOf(areas));
    }
}
