package guide.actionplan;

import guide.pipeline.Pipeline;
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
 * An action-plan area whose page a local edition left out (local/remove.txt) is mended like a link in a
 * page: the area keeps its questions, loses its link, and the build says so at the data file's line. A
 * page missing for any other reason still stops the build there.
 */
class ActionPlanRemovalIT {
    private static final String QUESTIONS = """
            title: Fixture action plan
            assessment:
              - id: going-well
                label: What is going well?
            columns:
              - id: action
                label: Action
            priorities:
              - id: first-area
                title: The first area
                page: part/first.html
                questions:
                  - id: first-area-1
                    text: Is the first question answered?
              - id: second-area
                title: The second area
                page: part/second.html
                questions:
                  - id: second-area-1
                    text: Is the second question answered?
            """;

    @TempDir
    Path dir;

    private SiteFixture site() throws IOException {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        site.write("content/action-plan/plan.adoc", """
                = Action plan tool
                :jbake-type: actionplan
                :summary: The tool.
                :order: 50

                Work through the questions.
                """);
        site.write("content/action-plan/questions.yml", QUESTIONS);
        Path real = BuiltGuide.repositoryRoot();
        for (String file : List.of("templates/actionplan.peb", "templates/messages.properties",
                "assets/action-plan/action-plan.js", "assets/action-plan/action-plan.css", "assets/action-plan/workbook.js")) {
            site.write(file, Files.readString(real.resolve(file)));
        }
        return site;
    }

    private static int lineOf(String text, String line) {
        return List.of(text.split("\n")).indexOf(line) + 1;
    }

    @Test
    void anAreaWhosePageTheEditionRemovedKeepsItsQuestionsWithoutTheLinkAndTheBuildSaysSo() throws IOException {
        SiteFixture site = site();
        site.write("local/remove.txt", "content/part/second.adoc\n");
        Pipeline.Result r = site.build(true);
        assertThat(r.problems()).filteredOn(Problem::isError).as(r.problems().toString()).isEmpty();

        Document form = Jsoup.parse(site.read("target/site/action-plan/plan.html"));
        assertThat(form.select("#second-area .ap-priority__title").text()).isEqualTo("The second area");
        assertThat(form.select("#second-area [name=second-area-1], #second-area .ap-questions li").text())
                .contains("Is the second question answered?");
        assertThat(form.select("#second-area a[href*=second]")).isEmpty();
        assertThat(form.select("#first-area a[href$=part/first.html]")).hasSize(1);

        assertThat(r.problems()).filteredOn(p -> p.file().equals("content/action-plan/questions.yml"))
                .singleElement().satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Problem.Severity.NOTE);
                    assertThat(p.line()).isEqualTo(lineOf(QUESTIONS, "    page: part/second.html"));
                    assertThat(p.message()).contains("The second area", "part/second.html", "local/remove.txt");
                });
        // The link was never written, so nothing else had to mend it.
        assertThat(r.problems()).filteredOn(p -> p.file().startsWith("templates/")).isEmpty();
    }

    @Test
    void anAreaWhosePageIsMissingForAnyOtherReasonIsStillAnErrorAtItsLine() throws IOException {
        SiteFixture site = site();
        site.write("local/remove.txt", "content/part/first.adoc\n");
        String yaml = QUESTIONS.replace("page: part/second.html", "page: part/secnd.html");
        site.write("content/action-plan/questions.yml", yaml);
        Pipeline.Result r = site.build(true);
        assertThat(r.failed()).isTrue();
        assertThat(r.problems()).filteredOn(p -> p.file().equals("content/action-plan/questions.yml"))
                .extracting(p -> p.line() + " " + p.severity())
                .containsExactlyInAnyOrder(lineOf(yaml, "    page: part/first.html") + " NOTE",
                        lineOf(yaml, "    page: part/secnd.html") + " ERROR");
    }
}
