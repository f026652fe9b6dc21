package guide.actionplan;

import guide.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The questions file is read into the plan, and what is wrong with it is named at its line in plain English. */
class ActionPlanTest {
    private static final String FILE = "content/action-plan/questions.yml";

    private static final String GOOD = """
            title: Action plan tool
            introduction: >-
              Short text.
            assessment:
              - id: going-well
                label: What is going well?
              - id: improvements
                label: What are the areas for improvement?
            columns:
              - id: action
                label: Action
              - id: review-date
                label: Review date
                type: date
            priorities:
              - id: partnership
                title: Working in partnership
                page: framework/partnership.html
                questions:
                  - id: partnership-1
                    text: Do partners work together?
                    prompts:
                      - Which groups?
                  - id: partnership-2
                    text: Who is missing?
            """;

    private static ActionPlan.Reading read(String yaml) {
        return ActionPlan.read(PlanFixture.parse(yaml), FILE, yaml);
    }

    @Test
    void aGoodFileGivesThePlanWithNoProblems() {
        ActionPlan.Reading r = read(GOOD);
        assertThat(r.problems()).isEmpty();
        ActionPlan plan = r.plan();
        assertThat(plan.title()).isEqualTo("Action plan tool");
        assertThat(plan.assessment()).extracting(ActionPlan.Answer::id).containsExactly("going-well", "improvements");
        assertThat(plan.columns()).extracting(ActionPlan.Column::date).containsExactly(false, true);
        ActionPlan.Priority p = plan.priorities().get(0);
        assertThat(p.questions()).extracting(ActionPlan.Question::id).containsExactly("partnership-1", "partnership-2");
        assertThat(p.questions().get(0).prompts()).containsExactly("Which groups?");
        assertThat(p.questions().get(1).prompts()).isEmpty();
        assertThat(ActionPlan.cellField(p, 3, plan.columns().get(1))).isEqualTo("partnership.actions.3.review-date");
    }

    @Test
    void aPriorityWithoutQuestionsIsNamedAtItsLine() {
        String yaml = GOOD + """
                  - id: empowerment
                    title: Empowering sex workers
                """;
        ActionPlan.Reading r = read(yaml);
        assertThat(r.plan()).isNull();
        Problem p = only(r.problems());
        assertThat(p.file()).isEqualTo(FILE);
        assertThat(p.line()).isEqualTo(lineOf(yaml, "- id: empowerment"));
        assertThat(p.message()).isEqualTo("The priority area 2 has no 'questions' list.");
    }

    @Test
    void aDuplicateIdIsNamedAtTheSecondOne() {
        String yaml = GOOD.replace("id: partnership-2", "id: partnership-1");
        Problem p = only(read(yaml).problems());
        assertThat(p.line()).isEqualTo(lineOf(yaml, "Who is missing?") - 1);
        assertThat(p.message()).contains("Two questions have the id 'partnership-1'");
        assertThat(p.isError()).isTrue();
    }

    @Test
    void aMissingLabelIsNamed() {
        String yaml = GOOD.replace("    label: What is going well?\n", "");
        Problem p = only(read(yaml).problems());
        assertThat(p.message()).isEqualTo("The assessment answer 1 has no label.");
        assertThat(p.line()).isEqualTo(lineOf(yaml, "- id: going-well"));
    }

    @Test
    void aQuestionCannotShareItsIdWithAPriorityArea() {
        String yaml = GOOD.replace("id: partnership-2", "id: partnership");
        Problem p = only(read(yaml).problems());
        assertThat(p.message()).isEqualTo("The question id 'partnership' is also the id of a priority area.");
        assertThat(p.line()).isEqualTo(lineOf(yaml, "Who is missing?") - 1);
    }

    @Test
    void anIdWithSpacesOrCapitalsIsRefused() {
        Problem p = only(read(GOOD.replace("id: partnership\n", "id: Working Together\n")).problems());
        assertThat(p.message()).contains("'Working Together' has characters an id cannot have");
    }

    @Test
    void aMisspeltSettingIsAWarningNotAnError() {
        String yaml = GOOD.replace("    prompts:\n", "    promts:\n");
        ActionPlan.Reading r = read(yaml);
        Problem p = only(r.problems());
        assertThat(p.isError()).isFalse();
        assertThat(p.message()).contains("'promts'");
        assertThat(p.line()).isEqualTo(lineOf(yaml, "promts:"));
        assertThat(r.plan()).isNotNull();
    }

    @Test
    void anUnknownColumnTypeAndAReservedAnswerIdAreErrors() {
        String yaml = GOOD.replace("type: date", "type: calendar").replace("id: improvements", "id: actions");
        assertThat(read(yaml).problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "The column type 'calendar' is not one the tool knows.",
                "The assessment answer id 'actions' is used by the form itself.");
    }

    @Test
    void anEmptyFileNamesEveryMissingPart() {
        ActionPlan.Reading r = ActionPlan.read(java.util.Map.of(), FILE, "");
        assertThat(r.plan()).isNull();
        assertThat(r.problems()).extracting(Problem::message).containsExactly("The data file has no title.",
                "The data file has no 'assessment' list.", "The data file has no 'columns' list.",
                "The data file has no 'priorities' list.");
    }

    @Test
    void theGuidesOwnQuestionsFileIsValid() {
        ActionPlan plan = PlanFixture.realPlan();
        assertThat(plan.priorities()).isNotEmpty();
        assertThat(plan.priorities()).allSatisfy(p -> assertThat(p.questions()).isNotEmpty());
    }

    @Test
    void everyTextTheToolUsesIsInTheMessagesFile() {
        assertThat(PlanFixture.texts().missing()).isEmpty();
    }

    private static Problem only(List<Problem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle + " not in the text");
    }

    @Test
    void anAreasOpeningStatementIsReadAndIsEmptyWhenLeftOut() {
        String yaml = GOOD.replace("    page: framework/partnership.html\n",
                "    page: framework/partnership.html\n    opening: No one organisation can do it alone.\n");
        ActionPlan.Reading r = read(yaml);
        assertThat(r.problems()).isEmpty();
        assertThat(r.plan().priorities().get(0).opening()).isEqualTo("No one organisation can do it alone.");
        assertThat(read(GOOD).plan().priorities().get(0).opening()).isEmpty();
    }

    @Test
    void theFormViewNamesEveryFieldAsTheModelDoesWithTheModelsBlankRows() {
        ActionPlan plan = read(GOOD).plan();
        FormView view = FormView.of(plan, PlanFixture.texts());
        ActionPlan.Priority p = plan.priorities().get(0);
        FormView.Area area = view.areas().get(0);
        assertThat(area.completed().name()).isEqualTo(ActionPlan.completedField(p));
        assertThat(area.completed().hintId()).isEqualTo(ActionPlan.completedField(p) + "-hint");
        assertThat(area.answers()).extracting(FormView.Field::name)
                .containsExactly(ActionPlan.answerField(p, plan.assessment().get(0)), ActionPlan.answerField(p, plan.assessment().get(1)));
        assertThat(area.rows()).hasSize(ActionPlan.BLANK_ROWS);
        FormView.Row last = area.rows().get(ActionPlan.BLANK_ROWS - 1);
        assertThat(last.legend()).isEqualTo("Action " + ActionPlan.BLANK_ROWS);
        assertThat(last.cells()).extracting(FormView.Field::name)
                .containsExactly(ActionPlan.cellField(p, ActionPlan.BLANK_ROWS, plan.columns().get(0)),
                        ActionPlan.cellField(p, ActionPlan.BLANK_ROWS, plan.columns().get(1)));
        assertThat(last.cells().get(1).date()).isTrue();
        assertThat(last.cells().get(0).hintId()).isNull();
        assertThat(area.statusId()).isEqualTo("partnership-status");
    }

    @Test
    void theGuidesQuestionsHaveTheHealthEquityElementFromTheSource() {
        ActionPlan plan = PlanFixture.realPlan();
        ActionPlan.Priority equity = plan.priorities().get(0);
        assertThat(equity.title()).isEqualTo("Improving health equity, outcomes and inclusion");
        String all = String.join(" ", equity.questions().stream().map(q -> q.text().replaceAll("\\s+", " ")).toList());
        assertThat(all).contains("health in all policies", "intersectionality", "Health Equity Assessment Tool (HEAT)");
        // The source's diagram: empowerment runs beneath the four areas in the middle.
        assertThat(plan.priorities().get(plan.priorities().size() - 1).title()).isEqualTo("Empowering sex workers and reducing stigma");
    }

    @Test
    void theHowToPageStatesTheLimitsTheToolEnforces() throws Exception {
        String page = java.nio.file.Files.readString(PlanFixture.dataFile().resolveSibling("index.adoc"));
        ActionPlan.Limits limits = ActionPlan.LIMITS;
        assertThat(page).contains("up to " + limits.rows() + " actions in each area",
                "up to " + String.format(java.util.Locale.UK, "%,d", limits.characters()) + " characters in each answer",
                "files of answers up to " + (limits.fileBytes() >> 20) + " MB");
    }

    @Test
    void theRowFieldPatternIsWhatCellFieldsAreNamedBy() {
        ActionPlan plan = read(GOOD).plan();
        ActionPlan.Priority p = plan.priorities().get(0);
        assertThat(ActionPlan.cellField(p, 12, plan.columns().get(1)))
                .isEqualTo(ActionPlan.ROW_FIELD.replace("{area}", "partnership").replace("{n}", "12").replace("{column}", "review-date"))
                .isEqualTo("partnership.actions.12.review-date");
        assertThat(LayoutJson.of(plan, PlanSheets.of(plan, PlanFixture.texts())))
                .contains("\"rowField\":\"" + ActionPlan.ROW_FIELD + "\"", "\"maxRows\":" + ActionPlan.LIMITS.rows());
    }
}
