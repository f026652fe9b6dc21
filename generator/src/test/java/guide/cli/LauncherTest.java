package guide.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The relaunched JVM's flags: tuned for a short run, except the preview, and never over the user's own. */
class LauncherTest {
    @Test
    void aBuildOrACheckRunsOnC1OnlyWithTheSerialCollectorAndJRubyInterpreted() {
        for (String command : new String[] {"build", "check"}) {
            assertThat(Launcher.tuning(new String[] {command, "--source", "."}, false))
                    .containsExactly("-Djruby.compile.mode=OFF", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+DisableExplicitGC");
        }
    }

    @Test
    void thePreviewKeepsC2ForItsRebuilds() {
        assertThat(Launcher.tuning(new String[] {"serve"}, false)).containsExactly("-Djruby.compile.mode=OFF", "-XX:+UseSerialGC");
    }

    @Test
    void aUserWhoTunesTheJvmGetsOnlyTheirOwnFlagsBesideJRubys() {
        assertThat(Launcher.tuning(new String[] {"build"}, true)).containsExactly("-Djruby.compile.mode=OFF");
    }
}
