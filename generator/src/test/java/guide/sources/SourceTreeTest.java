package guide.sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTreeTest {
    @TempDir
    Path root;

    private void write(String path, String text) throws Exception {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void theOverlayReplacesAddsAndRemovesAndRemembersWhereFilesCameFrom() throws Exception {
        write("content/a.adoc", "upstream a");
        write("content/b.adoc", "upstream b");
        write("content/c.adoc", "upstream c");
        write("templates/page.peb", "upstream template");
        write("local/content/a.adoc", "local a");
        write("local/content/new.adoc", "local new");
        write("local/remove.txt", "# pages this edition does not publish\ncontent/c.adoc\n");
        Path work = root.resolve("target/work");

        SourceTree tree = SourceTree.gather(root, work);

        assertThat(Files.readString(work.resolve("content/a.adoc"))).isEqualTo("local a");
        assertThat(Files.readString(work.resolve("content/b.adoc"))).isEqualTo("upstream b");
        assertThat(work.resolve("content/new.adoc")).exists();
        assertThat(work.resolve("content/c.adoc")).doesNotExist();
        assertThat(tree.replaced()).containsExactly("content/a.adoc");
        assertThat(tree.removed()).containsExactly("content/c.adoc");
        assertThat(tree.origin(work.resolve("content/a.adoc"))).isEqualTo("local/content/a.adoc");
        assertThat(tree.origin(work.resolve("content/b.adoc"))).isEqualTo("content/b.adoc");
        assertThat(tree.origin(work.resolve("content/new.adoc"))).isEqualTo("local/content/new.adoc");
    }

    @Test
    void gatheringAgainStartsFromAnEmptyWorkingFolder() throws Exception {
        write("content/a.adoc", "a");
        Path work = root.resolve("target/work");
        SourceTree.gather(root, work);
        Files.writeString(work.resolve("content/stale.adoc"), "left over");
        SourceTree.gather(root, work);
        assertThat(work.resolve("content/stale.adoc")).doesNotExist();
    }

    @Test
    void gatheringAgainAfterChangesLeavesTheSameWorkingFolderAsGatheringAfresh() throws Exception {
        write("content/a.adoc", "a");
        write("content/part/b.adoc", "b");
        write("content/gone/c.adoc", "c");
        write("templates/page.peb", "template");
        write("local/content/a.adoc", "local a");
        Path work = root.resolve("target/work");
        SourceTree.gather(root, work);

        write("content/part/b.adoc", "b, longer now");
        write("templates/page.peb", "templaTe"); // the same size: only the bytes tell
        Files.delete(root.resolve("content/gone/c.adoc"));
        Files.delete(root.resolve("content/gone"));
        Files.delete(root.resolve("local/content/a.adoc"));
        write("content/new.adoc", "new");
        SourceTree again = SourceTree.gather(root, work);
        Path fresh = root.resolve("target/fresh");
        SourceTree.gather(root, fresh);

        assertThat(guide.testing.SiteFixture.fingerprint(work)).isEqualTo(guide.testing.SiteFixture.fingerprint(fresh));
        assertThat(Files.readString(work.resolve("content/a.adoc"))).isEqualTo("a");
        assertThat(Files.readString(work.resolve("templates/page.peb"))).isEqualTo("templaTe");
        assertThat(work.resolve("content/gone")).doesNotExist();
        assertThat(again.origin(work.resolve("content/a.adoc"))).isEqualTo("content/a.adoc");
    }
}
