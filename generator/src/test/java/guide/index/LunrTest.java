package guide.index;

import guide.convert.Manuscript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static guide.index.SectionsTest.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The index lunr.js builds inside the JVM (real GraalJS, real lunr.js), loaded back as a browser loads it. */
class LunrTest {
    static List<Section> sections = new ArrayList<>();
    static Lunr.Built built;

    @BeforeAll
    static void build() {
        sections.addAll(Sections.of(page("a.html", "Working in partnership", "Why partners plan services together.", """
                <p>Partnerships between councils and the health service help people get support.</p>
                <h2 id="_meetings">Meetings</h2><p>Partners meet every month to review support and services.</p>
                <h2 id="_outreach">Outreach</h2><p>Workers visit people where they are.</p>
                """, new Manuscript.Heading("_meetings", "Meetings", 1), new Manuscript.Heading("_outreach", "Outreach", 1))));
        sections.addAll(Sections.of(page("b.html", "Designing services", "Services people want to use.", """
                <p>Support and services should be easy to reach. Outreach, outreach and more outreach helps.</p>
                <h2 id="_hours">Opening hours</h2><p>Evening opening suits people who work at night.</p>
                """, new Manuscript.Heading("_hours", "Opening hours", 1))));
        sections.addAll(Sections.of(page("c.html", "A drop-in in Southend", "How one town set up a weekly drop-in.", """
                <p>The council and its partners opened a drop-in.</p>
                <h2 id="_where">Where it happens</h2><p>The drop-in runs in Southend every Tuesday, with support and services on hand.</p>
                """, new Manuscript.Heading("_where", "Where it happens", 1))));
        built = Lunr.get().build(sections);
    }

    private static String addressOf(int ref) {
        return sections.get(ref).address();
    }

    @Test
    void aTermOnlyOnOnePageFindsThatPageFirst() {
        try (LoadedIndex index = new LoadedIndex(built.index())) {
            List<Integer> hits = index.search("tuesday");
            assertThat(hits).isNotEmpty();
            assertThat(addressOf(hits.get(0))).isEqualTo("c.html#_where");
            assertThat(hits).allSatisfy(ref -> assertThat(addressOf(ref)).startsWith("c.html"));
        }
    }

    @Test
    void aHeadingWeighsMoreThanTheSameWordRepeatedInABody() {
        try (LoadedIndex index = new LoadedIndex(built.index())) {
            List<Integer> hits = index.search("outreach");
            assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
            assertThat(addressOf(hits.get(0))).isEqualTo("a.html#_outreach");
        }
    }

    @Test
    void theTitleWeighsMoreThanTheBody() {
        try (LoadedIndex index = new LoadedIndex(built.index())) {
            // "Designing" is only in page b's title; "services" is in bodies everywhere and in b's title.
            assertThat(addressOf(index.search("designing").get(0))).startsWith("b.html");
            assertThat(addressOf(index.search("services").get(0))).startsWith("b.html");
        }
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        try (LoadedIndex index = new LoadedIndex(built.index())) {
            // The page says "Partnerships" and "meet"; the reader types "partnership" and "meeting".
            assertThat(index.search("partnership")).extracting(LunrTest::addressOf).contains("a.html");
            assertThat(index.search("meeting")).extracting(LunrTest::addressOf).first().isEqualTo("a.html#_meetings");
        }
    }

    @Test
    void theSameSectionsGiveTheSameBytes() {
        Lunr.Built again = Lunr.get().build(sections);
        assertThat(again.index()).isEqualTo(built.index());
        assertThat(again.store()).isEqualTo(built.store());
    }

    @Test
    void theStoreHoldsWhatAResultShows() {
        assertThat(built.store())
                .contains("{\"t\":\"A drop-in in Southend\",\"u\":\"c.html\"}")
                .contains("{\"p\":2,\"h\":\"Where it happens\",\"a\":\"_where\",\"x\":\"The drop-in runs in Southend every Tuesday, with support and services on hand.\"}");
    }

    @Test
    void theCacheKeyChangesWithAnyIndexedText() {
        String key = IndexCache.key(sections);
        assertThat(IndexCache.key(new ArrayList<>(sections))).isEqualTo(key);
        List<Section> edited = new ArrayList<>(sections);
        Section s = edited.get(1);
        edited.set(1, new Section(s.page(), s.anchor(), s.title(), s.heading(), s.summary(), s.body() + " Now fortnightly."));
        assertThat(IndexCache.key(edited)).isNotEqualTo(key);
        // Moving text from one field to the next is a change too.
        edited.set(1, new Section(s.page(), s.anchor(), s.title(), s.heading() + " " + s.summary(), "", s.body()));
        assertThat(IndexCache.key(edited)).isNotEqualTo(key);
    }
}
