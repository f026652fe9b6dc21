package guide.render;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.testing.BuiltGuide;
import guide.testing.SiteFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's own templates on a small site: the glossary sorts its data file's abbreviations, and the about
 * page names the publisher and its contact from the site's settings, linking only ordinary web addresses.
 */
class SiteTemplatesIT {
    @TempDir
    Path dir;

    SiteFixture site() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        Path root = BuiltGuide.repositoryRoot();
        SiteFixture.copyTree(root.resolve("templates"), site.root().resolve("templates"));
        SiteFixture.copyTree(root.resolve("assets"), site.root().resolve("assets"));
        site.write("content/glossary/index.adoc", """
                = Glossary
                :jbake-type: glossary
                :summary: Abbreviations.
                :order: 80

                Look them up here.
                """);
        site.write("content/glossary/abbreviations.yml", """
                abbreviations:
                  - term: VCSE
                    meaning: Voluntary, community and social enterprise
                  - term: PrEP
                    meaning: Pre-exposure prophylaxis
                  - term: ADPH
                    meaning: Association of Directors of Public Health
                  - term: PEP
                    meaning: Post-exposure prophylaxis
                """);
        // The glossary shows only abbreviations some page uses (guide.refine.Abbreviations).
        site.write("content/part/first.adoc", site.read("content/part/first.adoc")
                + "\nThe VCSE sector and the ADPH: PrEP and PEP.\n");
        site.write("content/about/index.adoc", """
                = About
                :jbake-type: about
                :summary: Who publishes the site.
                :order: 90

                This site is about a guide.
                """);
        return site;
    }

    Document build(SiteFixture site) throws Exception {
        Pipeline.Result result = Pipeline.standard().build(site.root(), site.output(), true, Progress.quiet());
        assertThat(result.failed()).as(result.problems().toString()).isFalse();
        return Jsoup.parse(Files.readString(site.output().resolve("about/index.html")));
    }

    @Test
    void theGlossaryListsAbbreviationsAlphabeticallyWhateverTheirOrderInTheDataFile() throws Exception {
        SiteFixture site = site();
        site.write("site.properties", site.read("site.properties") + "\nsite.organisation=Anytown Council\n");
        build(site);
        Document glossary = Jsoup.parse(Files.readString(site.output().resolve("glossary/index.html")));

        assertThat(glossary.select("dt.glossary__term").eachText()).containsExactly("ADPH", "PEP", "PrEP", "VCSE");
    }

    @Test
    void theAboutPageNamesThePublisherAndItsEmail() throws Exception {
        SiteFixture site = site();
        site.write("site.properties", site.read("site.properties") + """

                site.organisation=Anytown Council
                site.contact-email=guide@anytown.example.invalid
                """);
        Document about = build(site);
        String section = about.getElementById("contact-the-publisher").parent().text();

        assertThat(section).contains("Anytown Council", "guide@anytown.example.invalid");
        assertThat(about.select("a[href^=mailto:]").eachAttr("href")).containsExactly("mailto:guide@anytown.example.invalid");
    }

    @Test
    void aScriptAddressForThePublishersWebsiteStopsTheBuildAtItsLineAndNeverReachesThePage() {
        SiteFixture site = site();
        site.write("site.properties", site.read("site.properties") + """

                site.organisation=Anytown Council
                site.contact-url=javascript:alert(1)
                """);
        int line = (int) site.read("site.properties").lines().takeWhile(l -> !l.startsWith("site.contact-url=javascript")).count() + 1;
        Pipeline.Result result = Pipeline.standard().build(site.root(), site.output(), true, Progress.quiet());
        assertThat(result.problems()).filteredOn(p -> p.isError()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("site.properties");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("site.contact-url").contains("not a web address");
        });
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void theAboutPageLinksThePublishersWebsiteWhenItIsAnOrdinaryAddress() throws Exception {
        SiteFixture site = site();
        site.write("site.properties", site.read("site.properties") + """

                site.organisation=Anytown Council
                site.contact-url=https://www.anytown.example.invalid/contact
                """);
        Document about = build(site);

        assertThat(about.select("#contact-the-publisher ~ ul a").eachAttr("href"))
                .isEqualTo(List.of("https://www.anytown.example.invalid/contact"));
    }
}
