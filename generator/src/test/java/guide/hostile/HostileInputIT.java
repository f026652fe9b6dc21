package guide.hostile;

import guide.pipeline.Pipeline;
import guide.problem.Problem;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile or careless co-author's pull request, one fixture per attack (src/test/resources/hostile/NAME,
 * laid over the minimal site): each build stops with a plain file:line problem, no stack trace, nothing from
 * outside the sources anywhere in the build's folders, and the last good target/site exactly as it was.
 */
class HostileInputIT {
    /** The minimal site after its good build: each case starts from a copy of it, sources and build folders alike. */
    static SiteFixture built;
    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    @BeforeAll
    static void buildTheMinimalSiteOnce() {
        built = SiteFixture.copy("minimal", shared.resolve("built"));
        assertThat(build(built).failed()).as("the minimal site builds").isFalse();
    }

    /** What one attempt did. */
    record Attempt(Pipeline.Result result, String report, Map<String, String> before, Map<String, String> after, Path root) {
        Attempt stopsWith(String... lines) {
            assertThat(result.failed()).as("the build must stop").isTrue();
            assertThat(report).contains(lines);
            assertThat(report).as("no stack trace").doesNotContain("\tat ", "Exception", "org.jruby", dirName(root));
            assertThat(after).as("the last good site is untouched").isEqualTo(before);
            return this;
        }

        /** Not in the site, nor in any folder the build wrote (working copy, staging). */
        Attempt leavesNoTraceOf(String secret) throws IOException {
            try (Stream<Path> s = Files.walk(root.resolve("target"))) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).as(p.toString()).doesNotContain(secret);
                }
            }
            return this;
        }

        private static String dirName(Path root) {
            return root.toAbsolutePath().toString();
        }
    }

    private static Pipeline.Result build(SiteFixture site) {
        return site.build(true);
    }

    /**
     * Takes a copy of the minimal site as its good build left it, lays the fixture over it, then lets
     * {@code more} do what files cannot.
     */
    private Attempt attempt(String fixture, Edit more) throws Exception {
        SiteFixture site = built.copyTo(dir);
        Map<String, String> before = SiteFixture.fingerprint(site.output());
        assertThat(before).as("the last good site").containsKey("part/first.html");
        if (fixture != null) SiteFixture.copyTree(Path.of("src/test/resources/hostile", fixture).toAbsolutePath(), site.root());
        more.apply(site.root());
        Pipeline.Result result = build(site);
        String report = String.join("\n", result.problems().stream().map(Problem::toString).toList());
        return new Attempt(result, report, before, SiteFixture.fingerprint(site.output()), site.root());
    }

    private Attempt attempt(String fixture) throws Exception {
        return attempt(fixture, root -> {});
    }

    interface Edit {
        void apply(Path root) throws Exception;
    }

    @Test
    void aScriptInAPassthroughBlockIsAnErrorAtItsLine() throws Exception {
        attempt("passthrough-script").stopsWith(
                "content/part/evil.adoc:8: error: The page holds HTML the guide does not publish: a <script> element.",
                "Fix: Delete it: pages cannot run scripts.");
    }

    @Test
    void inlineHtmlThroughPassMacrosIsAnErrorAtEachLine() throws Exception {
        attempt("pass-macros").stopsWith(
                "content/part/evil.adoc:5: error: The page holds HTML the guide does not publish: the attribute 'onmouseover'.",
                "content/part/evil.adoc:7: error: The link or picture address 'javascript:alert(1)' is not one the guide publishes.");
    }

    @Test
    void aMetaRefreshThatWouldSendTheReaderAwayIsAnError() throws Exception {
        attempt("meta-refresh").stopsWith(
                "content/part/evil.adoc:8: error: The page holds HTML the guide does not publish: a <meta> element.",
                "it could redirect the reader");
    }

    @Test
    void aFormThatWouldSendWhatTheReaderTypesIsAnError() throws Exception {
        Attempt a = attempt("form-action").stopsWith(
                "content/part/evil.adoc:8: error: The page holds HTML the guide does not publish: a <form> element.",
                "a form could send what a reader types");
        assertThat(a.report()).doesNotContain("<input>", "<button>"); // one problem for the form, not one per field
    }

    @Test
    void javascriptAndDataAddressesInLinkMacrosAreErrors() throws Exception {
        attempt("link-macros").stopsWith(
                "content/part/evil.adoc:5: error: The link or picture address 'javascript:alert(document.domain)'",
                "content/part/evil.adoc:7: error: The link or picture address 'data:text/html;base64,",
                "A javascript: or data: address can run code");
    }

    @Test
    void embedsStylesAndBaseAddressesAreErrorsEachAtItsLine() throws Exception {
        attempt("embeds").stopsWith(
                "content/part/evil.adoc:8: error: The page holds HTML the guide does not publish: a <iframe> element.",
                "content/part/evil.adoc:9: error: The page holds HTML the guide does not publish: a <object> element.",
                "content/part/evil.adoc:10: error: The page holds HTML the guide does not publish: a <embed> element.",
                "content/part/evil.adoc:11: error: The page holds HTML the guide does not publish: a <link> element.",
                "content/part/evil.adoc:12: error: The page holds HTML the guide does not publish: a <base> element.",
                "content/part/evil.adoc:13: error: The page holds HTML the guide does not publish: a <style> element.");
    }

    @Test
    void aPictureWrittenAsADataAddressIsAnError() throws Exception {
        attempt("data-image").stopsWith("content/part/evil.adoc:7: error: The link or picture address 'data:image/svg+xml;base64,");
    }

    @Test
    void anUnclosedHtmlCommentIsAnError() throws Exception {
        attempt("unclosed-comment").stopsWith(
                "content/part/evil.adoc:7: error: The page holds an HTML comment (<!-- -->), which can hide the rest of the page.");
    }

    @Test
    void aScriptFileInContentIsRefusedAndNeverPublished() throws Exception {
        attempt("script-in-content").stopsWith(
                "content/part/tracker.js: error: Files of this kind ('.js') are not published from content/.")
                .leavesNoTraceOf("evil.example");
    }

    @Test
    void anHtmlFileInContentIsRefusedAndNeverPublished() throws Exception {
        attempt("html-in-content").stopsWith(
                "content/part/offer.html: error: Files of this kind ('.html') are not published from content/.",
                "rename it to 'offer.adoc'")
                .leavesNoTraceOf("evil.example");
    }

    @Test
    void anSvgThatRunsScriptWhenOpenedIsRefused() throws Exception {
        attempt("svg-script").stopsWith("content/part/picture.svg: error: The picture holds an event attribute (onload)")
                .leavesNoTraceOf("evil.example");
    }

    @Test
    void aLinkToTheBuildsEnvironmentIsRefusedAndNotRead() throws Exception {
        Attempt a = attempt(null, root -> Files.createSymbolicLink(root.resolve("content/part/env.txt"), Path.of("/proc/self/environ")))
                .stopsWith("content/part/env.txt: error: This is a symbolic link.");
        assertThat(a.report()).doesNotContain("/proc");
        String path = System.getenv("PATH");
        if (path != null) a.leavesNoTraceOf("PATH=" + path);
    }

    @Test
    void aLinkToThePasswordFileInAssetsIsRefusedAndNotRead() throws Exception {
        attempt(null, root -> Files.createSymbolicLink(root.resolve("assets/x.txt"), Path.of("/etc/passwd")))
                .stopsWith("assets/x.txt: error: This is a symbolic link.")
                .leavesNoTraceOf("root:x:0:0");
    }

    @Test
    void includingALinkToAnOutsideFileNeverPutsThatFileInThePage() throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "outside-secret-42");
        attempt("include-of-a-link", root -> Files.createSymbolicLink(root.resolve("content/part/secret.txt"), secret))
                .stopsWith("content/part/secret.txt: error: This is a symbolic link.")
                .leavesNoTraceOf("outside-secret-42");
    }

    @Test
    void aLinkedFolderOrSettingsFileIsRefused() throws Exception {
        Path secret = Files.writeString(outside.resolve("site.properties"), "site.name=outside-secret-43\n");
        Files.writeString(outside.resolve("page.adoc"), "= Outside\n:summary: x\n:order: 1\n\noutside-secret-44\n");
        attempt(null, root -> {
            Files.createDirectories(root.resolve("local"));
            Files.createSymbolicLink(root.resolve("local/site.properties"), secret);
            Files.createSymbolicLink(root.resolve("content/linked"), outside);
        }).stopsWith("local/site.properties: error: This is a symbolic link.", "content/linked: error: This is a symbolic link.")
                .leavesNoTraceOf("outside-secret-43").leavesNoTraceOf("outside-secret-44");
    }

    @Test
    void anOverlayListFileThatLinksOutsideIsRefusedAndNeverPrinted() throws Exception {
        Path secret = Files.writeString(outside.resolve("environ"), "CI_TOKEN=outside-secret-45\nsecond line\n");
        Attempt a = attempt(null, root -> {
            Files.createDirectories(root.resolve("local"));
            Files.createSymbolicLink(root.resolve("local/remove.txt"), secret);
            Files.createSymbolicLink(root.resolve("local/upstream.lock"), secret);
        }).stopsWith("local/remove.txt: error: This is a symbolic link.", "local/upstream.lock: error: This is a symbolic link.")
                .leavesNoTraceOf("outside-secret-45");
        assertThat(a.report()).doesNotContain("outside-secret-45", "second line");
    }

    @Test
    void twoPagesThatWouldBePublishedAtOneAddressAreAnErrorNamingBoth() throws Exception {
        attempt("two-pages-one-address").stopsWith("content/part/second.asciidoc: error: content/part/second.asciidoc and "
                + "content/part/second.adoc would both be published as part/second.html, so one would be lost.");
    }

    @Test
    void anOverlayPageBesideItsUpstreamIsAnErrorThatSaysHowToReplaceIt() throws Exception {
        attempt("overlay-beside-upstream").stopsWith("local/content/part/second.asciidoc: error: local/content/part/second.asciidoc"
                        + " and content/part/second.adoc would both be published as part/second.html",
                "give the local file exactly the same path and name: local/content/part/second.adoc");
    }

    @Test
    void aFileNameWithASpaceAndAnAccentGivesOneErrorWithTheNewName() throws Exception {
        Attempt a = attempt(null, root -> Files.writeString(root.resolve("content/part/Café notes.adoc"),
                "= Café notes\n:summary: A page whose file name has a space and an accent.\n:order: 50\n\nText.\n"))
                .stopsWith("content/part/Café notes.adoc: error: The file name 'Café notes.adoc' has a space and a letter outside a to z",
                        "Rename it to 'cafe-notes.adoc'");
        assertThat(a.result().problems()).as("one problem, not nine").hasSize(1);
    }

    // The conversion stage's cases (its own suite is guide.convert.HostileConversionIT): here each also proves
    // the last good site untouched and nothing from the build machine in any folder the build wrote.
    private static Edit page(String fixture, String as) {
        return root -> Files.copy(Path.of("src/test/resources/hostile", fixture).toAbsolutePath(), root.resolve(as));
    }

    @Test
    void aPageNotSavedAsUtf8IsAnErrorAtItsLine() throws Exception {
        attempt(null, page("latin1.adoc", "content/part/latin1.adoc")).stopsWith("content/part/latin1.adoc:7: error:", "UTF-8");
    }

    @Test
    void aListNestedTooDeepIsAnErrorNotAStackOverflow() throws Exception {
        attempt(null, page("deep-list.adoc", "content/part/deep.adoc")).stopsWith("content/part/deep.adoc:17: error:", "levels deep");
    }

    @Test
    void anEmptyPageFileIsAnErrorThatSaysSo() throws Exception {
        attempt(null, page("empty.adoc", "content/part/empty.adoc")).stopsWith("content/part/empty.adoc: error: The page file is empty.");
    }

    @Test
    void attributesThatWouldPublishTheBuildMachinesFoldersOrClockPublishNothingOfIt() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        Files.copy(Path.of("src/test/resources/hostile/machine.adoc").toAbsolutePath(), site.root().resolve("content/part/machine.adoc"));
        Pipeline.Result r = build(site);
        assertThat(r.failed()).as(String.valueOf(r.problems())).isFalse();
        String home = Path.of(System.getProperty("user.home")).toAbsolutePath() + "/";
        try (Stream<Path> s = Files.walk(site.output())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertThat(text).as(p.toString()).doesNotContain(home).doesNotContain(site.root().toAbsolutePath().toString());
            }
        }
        assertThat(Files.readString(site.output().resolve("part/machine.html")))
                .doesNotContain(String.valueOf(java.time.Year.now().getValue()));
    }

    static List<String> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/hostile"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyFixtureHasATest() throws Exception {
        String source = Files.readString(Path.of("src/test/java/guide/hostile/HostileInputIT.java"));
        assertThat(fixtures()).isNotEmpty().allSatisfy(f -> assertThat(source).contains("\"" + f + "\""));
    }
}
