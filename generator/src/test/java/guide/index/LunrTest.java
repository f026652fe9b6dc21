package guide.index;

import guide.convert.Manuscript;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static guide.index.SectionsTest.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The index lunr.js builds inside the JVM (real GraalJS, real lunr.js), loaded back as a browser loads it. */
class LunrTest {
    static List<Section> sections = new ArrayList<>();
    static PageIndex.Built built;

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

    /** Refs are pages, in the order their sections come. */
    private static String addressOf(int ref) {
        return sections.stream().map(Section::page).distinct().toList().get(ref);
    }

    @Test
    void aTermOnlyOnOnePageFindsThatPageFirst() {
        try (LoadedIndex index = new LoadedIndex(built.index())) {
            List<Integer> hits = index.search("tuesday");
            assertThat(hits).isNotEmpty();
            assertThat(hits).extracting(LunrTest::addressOf).containsExactly("c.html");
        }
    }

    @Test
    void aHeadingWeighsMoreThanTheSameWordRepeatedInABody() {
        try (LoadedIndex index = new LoadedIndex(built.index())) {
            List<Integer> hits = index.search("outreach");
            assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
            assertThat(addressOf(hits.get(0))).isEqualTo("a.html");
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
            assertThat(index.search("meeting")).extracting(LunrTest::addressOf).first().isEqualTo("a.html");
        }
    }

    /**
     * The browser rebuilds lunr's scores from the counts the build kept: every field vector, and so every
     * ranking, is the same as lunr's own Builder makes from the same documents.
     */
    @Test
    void theBrowsersReaderScoresExactlyAsLunrsOwnIndexWould() {
        assertThat(differencesFromLunrsOwnIndex(sections, built, List.of("outreach", "support services", "southend tuesday", "partner*", "servce~1")))
                .isEmpty();
    }

    /**
     * The build cuts text into words in Java and counts lunr's terms itself: words that lunr's tokenizer,
     * trimmer, stop words or lower-casing treat specially still count exactly as lunr's Builder counts them.
     */
    @Test
    void wordsLunrTreatsSpeciallyCountAsLunrsOwnBuilderCountsThem() {
        List<Section> tricky = new ArrayList<>(Sections.of(page("d.html", "THE Ärzte — and İstanbul", "Co-produced, 'quoted' (brackets)!", """
                <p>Non breaking em thin　wide line﻿mark words; ΣΟΦΟΣ and σοφος; ﬁle; 😀 — – ... ' " &amp;.</p>
                <h2 id="_x">THE the The</h2><p>Stop words: a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with.</p>
                """, new Manuscript.Heading("_x", "THE the The", 1))));
        tricky.addAll(sections);
        PageIndex.Built made = Lunr.get().build(tricky);
        // lunr's trimmer strips what its \\W calls non-word characters, letters beyond a to z among them: Ärzte is rzte.
        assertThat(made.index()).contains("\"rzte\"", "\"co\"", "\"produc\"", "\"break\"", "\"thin\"", "\"wide\"").doesNotContain("\"the\"");
        assertThat(differencesFromLunrsOwnIndex(tricky, made, List.of("ärzte", "rzte", "istanbul", "breaking", "file", "σοφος", "quoted", "the")))
                .isEmpty();
    }

    /** Every field vector and every search the reader gives, compared with lunr's own index of the same pages. */
    private static String differencesFromLunrsOwnIndex(List<Section> sections, PageIndex.Built built, List<String> queries) {
        try (Context js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            js.eval(Source.create("js", Lunr.resource(Lunr.SCRIPT)));
            js.eval(Source.create("js", LoadedIndex.reader()));
            List<String> flat = new ArrayList<>();
            sections.forEach(s -> flat.addAll(s.fields()));
            Value compare = js.eval("js", """
                    (function (json, flat, queries) {
                      var read = guideSearchReader.read(JSON.parse(json)), byPage = {}, docs = [];
                      for (var i = 0; i < flat.length; i += 6) {
                        var d = byPage[flat[i]];
                        if (!d) { d = byPage[flat[i]] = { id: String(docs.length), t: flat[i + 2], h: [], s: flat[i + 4], b: [] }; docs.push(d); }
                        if (flat[i + 3]) d.h.push(flat[i + 3]);
                        if (flat[i + 5]) d.b.push(flat[i + 5]);
                      }
                      docs.forEach(function (d) { d.h = d.h.join(' '); d.b = d.b.join(' '); });
                      var own = lunr(function () {
                        this.ref('id'); this.field('t', { boost: 10 }); this.field('h', { boost: 5 });
                        this.field('s', { boost: 2 }); this.field('b');
                        docs.forEach(function (d) { this.add(d); }, this);
                      });
                      var differences = [], vectors = 0;
                      Object.keys(own.fieldVectors).forEach(function (ref) {
                        var a = own.fieldVectors[ref].elements, b = read.fieldVectors[ref] ? read.fieldVectors[ref].elements : [];
                        if (a.length === 0 && b.length === 0) return;
                        vectors++;
                        // Term numbers differ (lunr numbers terms as it meets them); the scores, in term order, must not.
                        var scores = function (index, elements) {
                          var byTerm = {};
                          Object.keys(index.invertedIndex).forEach(function (t) { byTerm[index.invertedIndex[t]._index] = t; });
                          var out = [];
                          for (var e = 0; e < elements.length; e += 2) out.push(byTerm[elements[e]] + '=' + elements[e + 1]);
                          return out.sort().join(' ');
                        };
                        var x = scores(own, a), y = scores(read, b);
                        if (x !== y) differences.push(ref + ': ' + x + ' / ' + y);
                      });
                      queries.forEach(function (q) {
                        var x = JSON.stringify(own.search(q)), y = JSON.stringify(read.search(q));
                        if (x !== y) differences.push(q + ': ' + x + ' / ' + y);
                      });
                      return [vectors, differences.join('\\n')];
                    })
                    """);
            Value out = compare.execute(built.index(), ProxyArray.fromList(new ArrayList<Object>(flat)),
                    ProxyArray.fromList(new ArrayList<Object>(queries)));
            assertThat(out.getArrayElement(0).asInt()).as("field vectors compared").isGreaterThanOrEqualTo(10);
            return out.getArrayElement(1).asString();
        }
    }

    @Test
    void theSameSectionsGiveTheSameBytes() {
        PageIndex.Built again = Lunr.get().build(sections);
        assertThat(again.index()).isEqualTo(built.index());
        assertThat(again.texts()).isEqualTo(built.texts());
    }

    @Test
    void theIndexHoldsWhatAResultListsAndTheTextPartsTheSnippets() {
        // The page's title, address and first section; the section's heading, anchor and text.
        assertThat(built.index()).contains("[\"A drop-in in Southend\",\"c.html\",5]").contains("\"sections\":7").doesNotContain("every Tuesday");
        assertThat(built.texts()).hasSize(1);
        assertThat(built.texts().get(0)).contains("[\"Where it happens\",\"_where\",\"The drop-in runs in Southend every Tuesday, with support and services on hand.\"]");
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
