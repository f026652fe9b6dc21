package guide.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The relaunched JVM's flags: tuned for a short run, except the preview, and never over the user's own. */
class LauncherTest {
    private static final long BIG = 6L << 30, SMALL = 1L << 30;

    @Test
    void aBuildOrACheckRunsOnC1OnlyWithTheSerialCollectorAHeapSizedForWhatItKeepsAndJRubyInterpreted() {
        for (String command : new String[] {"build", "check"}) {
            assertThat(Launcher.tuning(new String[] {command, "--source", "."}, false, false, BIG))
                    .containsExactly("-Djruby.compile.mode=OFF", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+DisableExplicitGC",
                            "-Xms1g", "-Xmn160m");
        }
    }

    @Test
    void theHeapIsLeftAsTheUserOrASmallMachineSetsIt() {
        // -Xmx512m with our -Xms1g would not start at all; a machine with little memory keeps the JVM's own sizing.
        assertThat(Launcher.tuning(new String[] {"build"}, false, true, BIG)).doesNotContain("-Xms1g", "-Xmn160m").contains("-XX:+UseSerialGC");
        assertThat(Launcher.tuning(new String[] {"build"}, false, false, SMALL)).doesNotContain("-Xms1g", "-Xmn160m").contains("-XX:+UseSerialGC");
    }

    @Test
    void thePreviewKeepsC2ForItsRebuilds() {
        assertThat(Launcher.tuning(new String[] {"serve"}, false, false, BIG)).containsExactly("-Djruby.compile.mode=OFF", "-XX:+UseSerialGC");
    }

    @Test
    void aUserWhoTunesTheJvmGetsOnlyTheirOwnFlagsBesideJRubys() {
        assertThat(Launcher.tuning(new String[] {"build"}, true, false, BIG)).containsExactly("-Djruby.compile.mode=OFF");
    }
}
