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
}
