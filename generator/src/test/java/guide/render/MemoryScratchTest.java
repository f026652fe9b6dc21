package guide.render;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** JBake's scratch on the RAM disk: a folder per renderer, named after its process; a dead process's goes. */
class MemoryScratchTest {
    @Test
    void aFolderOfThisProcessIsMadeAndOneLeftByAProcessThatEndedIsDeleted() throws Exception {
        // Linux machines (CI's Debian among them) have the RAM disk; elsewhere the work folder is used instead.
        Assumptions.assumeTrue(Files.isDirectory(MemoryScratch.RAM_DISK) && Files.isWritable(MemoryScratch.RAM_DISK));
        // No process has this number (Linux's highest is 4,194,304).
        Path dead = Files.createDirectories(MemoryScratch.RAM_DISK.resolve("guide-render-999999999-left"));
        Files.writeString(dead.resolve("0.converted"), "index.html");

        Path mine = MemoryScratch.folder().orElseThrow();
        Path another = MemoryScratch.folder().orElseThrow();

        assertThat(dead).doesNotExist();
        assertThat(mine).isDirectory().isEmptyDirectory().hasParent(MemoryScratch.RAM_DISK);
        assertThat(mine.getFileName().toString()).startsWith("guide-render-" + ProcessHandle.current().pid() + "-");
        assertThat(another).isNotEqualTo(mine).isDirectory();
        // The next folder made does not take this process's own away while it runs.
        MemoryScratch.folder().orElseThrow();
        assertThat(mine).isDirectory();
    }
}
