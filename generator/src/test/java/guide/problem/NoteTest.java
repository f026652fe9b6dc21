package guide.problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A note (what the build did by itself, such as mending a link to a removed page) is neither a problem nor a warning. */
class NoteTest {
    static final Problem NOTE = Problem.note("content/resources/index.adoc", 44,
            "The link 'Hackney' is now plain text: it pointed at practice-examples/hackney.html, which local/remove.txt removes.");
    static final Problem WARNING = Problem.warning("local/remove.txt", 3, "'content/x.adoc' is not a file of the guide.", "Check it.");

    @Test
    void notesAreCountedAsNotesAndNeverStopTheBuild() {
        assertThat(NOTE.isError()).isFalse();
        assertThat(Tally.describe(List.of(NOTE))).isEqualTo("1 note");
        assertThat(Tally.describe(List.of(WARNING, NOTE, NOTE))).isEqualTo("1 warning and 2 notes");
        assertThat(Tally.warnings(List.of(WARNING, NOTE))).isEqualTo(1);
        assertThat(NOTE.toString()).startsWith("content/resources/index.adoc:44: note: The link 'Hackney'");
    }

    @Test
    void inGitHubActionsANoteIsANoticeNotAWarning() {
        assertThat(GitHubActionsReport.annotation(NOTE)).startsWith("::notice file=content/resources/index.adoc,line=44,");
        assertThat(GitHubActionsReport.annotation(WARNING)).startsWith("::warning ");
    }
}
