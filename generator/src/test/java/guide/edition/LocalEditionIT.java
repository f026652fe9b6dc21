package guide.edition;

import guide.pipeline.Pipeline;
import guide.testing.BuiltEdition;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example local edition (a fictional council, src/test/resources/editions/anytown/local) laid over the
 * real guide, following docs/local-version.md: it hides a practice example (remove.txt), replaces one
 * framework page (copied with the copy command, so upstream.lock records its version), adds a local
 * example and changes a message. Each takes effect, with no other upstream page copied, and the search
 * index and action-plan downloads follow.
 */
class LocalEditionIT {
    static Path root;
    static Path site;
    static Pipeline.Result result;

    @BeforeAll
    static void buildTheEdition() {
        BuiltEdition anytown = BuiltEdition.anytown();
        root = anytown.root();
        site = anytown.site();
        result = anytown.result();
        assertThat(result.failed()).as(result.problems().toString()).isFalse();
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theNameColoursAndLogoComeFromTheLocalSettings() throws Exception {
        assertThat(page("index.html").select("header").text()).contains("A public health approach to sex work in Anytown");
        assertThat(page("index.html").select("header img").attr("alt")).isEqualTo("Anytown Council");
        assertThat(site.resolve("images/anytown-logo.svg")).exists();
        assertThat(Files.readString(site.resolve("css/brand.css"))).contains("--brand-header-background: #00524c;");
        assertThat(page("index.html").select("footer").text()).contains("Anytown Council");
    }

    @Test
    void aLocalPageReplacesTheUpstreamOneAndTheBuildSaysSo() throws Exception {
        assertThat(page("about/index.html").select("h1").text()).isEqualTo("About the Anytown edition");
        assertThat(result.site().sources().replaced()).contains("content/about/index.adoc",
                "content/contacts/contacts.yml", "templates/notfound.peb", "content/action-plan/questions.yml",
                "content/framework/partnership.adoc");
    }

    @Test
    void theReplacedFrameworkPageShowsTheEditionsTextAndStillListsItsExamples() throws Exception {
        Document partnership = page("framework/partnership.html");
        assertThat(partnership.select("h2").eachText()).contains("In Anytown");
        assertThat(partnership.select("#practice-examples + ul a").eachAttr("href")).isNotEmpty()
                .contains("../practice-examples/anytown-drop-in.html");
        // The copy was made with the copy command, so the build knows which version it follows.
        assertThat(Drift.of(root)).filteredOn(c -> c.path().equals("content/framework/partnership.adoc"))
                .singleElement().satisfies(c -> assertThat(c.unrecorded()).isFalse());
    }

    @Test
    void theLocalExampleAppearsOnThePageOfEachPriorityItIsTaggedFor() throws Exception {
        for (String priority : List.of("framework/partnership.html", "framework/person-centred.html")) {
            assertThat(page(priority).select("#practice-examples + ul a").eachText()).as(priority)
                    .contains("Anytown: a Thursday evening drop-in");
        }
        assertThat(page("framework/empowerment.html").select("#practice-examples + ul a").eachText())
                .doesNotContain("Anytown: a Thursday evening drop-in");
        assertThat(page("practice-examples/index.html").select("[data-example] a[href*=anytown-drop-in]")).hasSize(1);
    }

    @Test
    void theHiddenExampleIsNowhereAndEveryLinkToItWasMendedAndListed() throws Exception {
        assertThat(site.resolve("practice-examples/hackney.html")).doesNotExist();
        List<String> linking = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                if (Jsoup.parse(p.toFile(), "UTF-8").select("a[href*=hackney.html]").size() > 0) linking.add(p.toString());
            }
        }
        assertThat(linking).as("pages still linking to the hidden example").isEmpty();
        // Whatever linked to it was mended in the guide's own pages, none of which the edition had to copy.
        assertThat(result.problems()).filteredOn(p -> p.severity() == guide.problem.Problem.Severity.NOTE)
                .allSatisfy(p -> assertThat(p.file()).doesNotStartWith("local/"));
        assertThat(result.problems()).filteredOn(guide.problem.Problem::isError).isEmpty();
        String index;
        try (Stream<Path> s = Files.list(site.resolve("search"))) {
            index = s.map(p -> { try { return Files.readString(p); } catch (Exception e) { throw new RuntimeException(e); } })
                    .reduce("", String::concat);
        }
        assertThat(index).doesNotContain("hackney.html");
    }

    @Test
    void noUpstreamPageWasCopiedBeyondTheOneReplacedOnPurpose() {
        assertThat(result.site().sources().replaced()).filteredOn(p -> p.startsWith("content/") && p.endsWith(".adoc"))
                .containsExactlyInAnyOrder("content/about/index.adoc", "content/framework/partnership.adoc");
    }

    @Test
    void theLocalTemplateAndMessagesTakeEffect() throws Exception {
        assertThat(page("404.html").select(".anytown-notfound")).hasSize(1);
        assertThat(page("index.html").select("a.skip-link").text()).isEqualTo("Skip to the guide");
        // Messages the edition did not change keep the guide's wording.
        assertThat(page("index.html").select("nav").first()).isNotNull();
    }

    @Test
    void theLocalContactsReplaceTheGuides() throws Exception {
        String contacts = page("contacts/index.html").select("main").text();
        assertThat(contacts).contains("Anytown Sexual Health Service", "sexualhealth@anytown.example.invalid");
        assertThat(contacts).doesNotContain("Cathie Railton");
    }

    @Test
    void theLocalPracticeExampleIsPublishedListedAndSearchable() throws Exception {
        assertThat(page("practice-examples/anytown-drop-in.html").select("h1").text()).contains("Thursday evening drop-in");
        assertThat(page("practice-examples/index.html").select("a[href*=anytown-drop-in]")).isNotEmpty();
        String index;
        try (Stream<Path> s = Files.list(site.resolve("search"))) {
            index = s.filter(p -> p.getFileName().toString().startsWith("search-"))
                    .map(p -> { try { return Files.readString(p); } catch (Exception e) { throw new RuntimeException(e); } })
                    .reduce("", String::concat);
        }
        assertThat(index).contains("anytown-drop-in.html").containsIgnoringCase("zephyrin");
    }

    @Test
    void theActionPlanFormAndSpreadsheetCarryTheLocalQuestion() throws Exception {
        assertThat(page("action-plan/plan.html").text()).contains("Zephyrine Room drop-in link with Anytown's housing team");
        boolean found = false;
        try (InputStream in = Files.newInputStream(site.resolve("action-plan/action-plan.xlsx"));
             ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Sheet sheet : wb.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    for (int i = 0; i < row.getCellCount(); i++) {
                        String text = row.getCellText(i);
                        if (text != null && text.contains("Zephyrine Room drop-in")) found = true;
                    }
                }
            }
        }
        assertThat(found).as("the local question is in the blank spreadsheet").isTrue();
    }
}
