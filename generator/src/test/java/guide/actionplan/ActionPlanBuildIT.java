package guide.actionplan;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.problem.Problem;
import guide.testing.BuiltGuide;
import guide.testing.SiteFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action-plan stage in a real build of a small site (the test fixture, with the guide's own template
 * and messages and a questions file of the same shape): downloads written and linked, the same bytes on
 * every build, and the check's problems pointing at the questions file's lines.
 */
class ActionPlanBuildIT {
    private static final Pipeline PIPELINE = new Pipeline();

    private static final String QUESTIONS = """
            title: Fixture action plan
            introduction: >-
              Short text shown above the form.
            assessment:
              - id: going-well
                label: What is going well?
              - id: improvements
                label: What are the areas for improvement?
            columns:
              - id: action
                label: Action
              - id: responsible
                label: Person(s) responsible
              - id: progress
                label: Progress so far
              - id: review-date
                label: Review date
                type: date
            priorities:
              - id: first-area
                title: The first area
                page: part/first.html
                questions:
                  - id: first-area-1
                    text: Is the first question answered?
                    prompts:
                      - An optional sub-question?
              - id: second-area
                title: The second area
                questions:
                  - id: second-area-1
                    text: "=HYPERLINK(\\"http://example.org\\") is text, not a formula"
            """;

    @TempDir
    Path dir;

    private SiteFixture site(Path into) {
        SiteFixture site = SiteFixture.copy("minimal", into);
        site.write("content/action-plan/plan.adoc", """
                = Action plan tool
                :jbake-type: actionplan
                :summary: The tool.
                :order: 50

                Work through the questions.
                """);
        site.write("content/action-plan/questions.yml", QUESTIONS);
        Path real = BuiltGuide.repositoryRoot().resolve("templates");
        site.write("templates/actionplan.peb", read(real.resolve("actionplan.peb")));
        site.write("templates/messages.properties", read(real.resolve("messages.properties")));
        Path assets = BuiltGuide.repositoryRoot().resolve("assets/action-plan");
        for (String file : List.of("action-plan.js", "action-plan.css", "workbook.js")) {
            site.write("assets/action-plan/" + file, read(assets.resolve(file)));
        }
        return site;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Pipeline.Result build(SiteFixture site) {
        return PIPELINE.build(site.root(), site.output(), true, Progress.quiet());
    }

    private static List<Problem> errors(Pipeline.Result r) {
        return r.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void theDownloadsAreWrittenAndTheFormLinksThemWithTheirSize() throws IOException {
        SiteFixture site = site(dir);
        Pipeline.Result r = build(site);
        assertThat(errors(r)).isEmpty();
        assertThat(site.output().resolve("action-plan/action-plan.xlsx")).isNotEmptyFile();
        assertThat(site.output().resolve("action-plan/action-plan.pdf")).isNotEmptyFile();
        Document page = Jsoup.parse(Files.readString(site.output().resolve("action-plan/plan.html")));
        assertThat(page.select("a[data-action-plan-download=xlsx]").attr("href")).isEqualTo("../action-plan/action-plan.xlsx");
        assertThat(page.select("a[data-action-plan-download=pdf]").attr("href")).isEqualTo("../action-plan/action-plan.pdf");
        assertThat(page.select("[data-action-plan-size=xlsx]").text()).matches("XLSX, \\d+ KB");
        // The workbook's layout is a script beside the downloads, loaded only when a workbook is asked for.
        assertThat(page.select("[data-action-plan]").attr("data-layout-src")).isEqualTo("../action-plan/workbook-layout.js");
        assertThat(page.select("[data-action-plan]").hasAttr("data-layout")).isFalse();
        String layout = Files.readString(site.output().resolve("action-plan/workbook-layout.js"));
        assertThat(layout).startsWith("window.ActionPlanWorkbookLayout = {\"format\":1,").endsWith("};\n").contains("\"name\":\"1 The first area\"", "\"name\":\"2 The second area\"");
        // Every field of the form is one the PDF and the spreadsheet know by the same name.
        assertThat(page.select("[data-action-plan] [name]").eachAttr("name"))
                .contains("first-area.completed", "first-area.going-well", "second-area.improvements",
                        "second-area.actions.3.review-date");
        assertThat(page.select("label[for=first-area.actions.2.responsible]").text()).isEqualTo("Person(s) responsible");
        assertThat(page.select("[data-action-plan] a[href]:not([href^=#])").eachAttr("href")).containsExactly("../part/first.html");
        // The overview lists every area, each with a place for its state.
        assertThat(page.select("[data-overview] a[data-area-link]").eachAttr("href")).containsExactly("#first-area", "#second-area");
        assertThat(page.select("[data-status-of]").eachAttr("id")).containsExactly("first-area-status", "second-area-status");
        // As many blank rows as the model says, in the form as in the spreadsheet and the PDF.
        assertThat(page.select("[data-priority=first-area] [data-action]")).hasSize(ActionPlan.BLANK_ROWS);
        assertThat(layout).contains("\"blankRows\":" + ActionPlan.BLANK_ROWS);
    }

    @Test
    void twoBuildsOfTheSameSourcesGiveTheSameBytes() {
        SiteFixture a = site(dir.resolve("a"));
        SiteFixture b = site(dir.resolve("b"));
        assertThat(errors(build(a))).isEmpty();
        assertThat(errors(build(b))).isEmpty();
        var first = SiteFixture.fingerprint(a.output());
        assertThat(first).containsKeys("action-plan/action-plan.xlsx", "action-plan/action-plan.pdf", "action-plan/plan.html");
        assertThat(SiteFixture.fingerprint(b.output())).isEqualTo(first);
    }

    @Test
    void aPriorityAreaLinkingToAMissingPageStopsTheBuildAtItsLine() {
        SiteFixture site = site(dir);
        String yaml = QUESTIONS.replace("page: part/first.html", "page: part/nowhere.html");
        site.write("content/action-plan/questions.yml", yaml);
        // The link check also names the template's link; the data file's line is the one to edit.
        List<Problem> errors = errors(build(site)).stream()
                .filter(e -> e.file().equals("content/action-plan/questions.yml")).toList();
        assertThat(errors).hasSize(1);
        Problem p = errors.get(0);
        assertThat(p.line()).isEqualTo(List.of(yaml.split("\n")).indexOf("    page: part/nowhere.html") + 1);
        assertThat(p.message()).contains("part/nowhere.html", "not a page of the guide");
        assertThat(site.output().resolve("action-plan/action-plan.xlsx")).doesNotExist();
    }

    @Test
    void aFormPageWithoutItsDataFileIsAnError() throws IOException {
        SiteFixture site = site(dir);
        Files.delete(site.root().resolve("content/action-plan/questions.yml"));
        List<Problem> errors = errors(build(site));
        assertThat(errors).extracting(Problem::file).containsExactly("content/action-plan/plan.adoc");
        assertThat(errors.get(0).line()).isEqualTo(2);
    }

    @Test
    void aMissingWorkbookScriptIsNamedNotACrash() throws IOException {
        SiteFixture site = site(dir);
        Files.delete(site.root().resolve("assets/action-plan/workbook.js"));
        List<Problem> errors = errors(build(site));
        assertThat(errors).extracting(Problem::file).containsExactly("assets/action-plan/workbook.js");
        assertThat(errors.get(0).message()).contains("missing");
    }

    @Test
    void missingInterfaceTextIsNamed() {
        SiteFixture site = site(dir);
        site.write("templates/messages.properties", site.read("templates/messages.properties")
                .replaceAll("(?m)^action-plan\\.save=.*\\n", ""));
        List<Problem> errors = errors(build(site));
        assertThat(errors).extracting(Problem::message).anyMatch(m -> m.contains("action-plan.save") && m.contains("missing"));
    }
}
