package guide.pipeline;

import guide.catalogue.Catalogue;
import guide.check.Check;
import guide.emit.Emitter;
import guide.pages.Pages;
import guide.problem.Problem;
import guide.site.Site;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A slow emitter's work runs beside the emitters after it, and every emitter's files are added in order after all have started. */
class SideBySideEmittersIT {
    @TempDir
    Path dir;

    /** Its slow part waits until the next emitter has run: it can only finish if the two run side by side. */
    static final class Slow implements Emitter {
        final CountDownLatch nextRan = new CountDownLatch(1);
        final List<String> log;

        Slow(List<String> log) {
            this.log = log;
        }

        @Override
        public String name() {
            return "slow";
        }

        @Override
        public void emit(Pages pages, Site site, Catalogue catalogue) {
            start(pages, site, catalogue).await();
        }

        @Override
        public Started start(Pages pages, Site site, Catalogue catalogue) {
            var work = Started.beside("slow", () -> {
                try {
                    return nextRan.await(20, TimeUnit.SECONDS) ? "beside" : "one after the other";
                } catch (InterruptedException e) {
                    return "interrupted";
                }
            });
            return new Started(work, () -> {
                log.add("slow finished: " + work.join());
                catalogue.addText("slow.txt", "test", work.join());
            });
        }
    }

    @Test
    @Timeout(60)
    void aSlowEmittersWorkRunsBesideTheNextAndItsFilesComeAfter() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        List<String> log = new CopyOnWriteArrayList<>();
        Slow slow = new Slow(log);
        Emitter next = new Emitter() {
            @Override
            public String name() {
                return "next";
            }

            @Override
            public void emit(Pages pages, Site s, Catalogue catalogue) {
                log.add("next ran");
                slow.nextRan.countDown();
                catalogue.addText("next.txt", "test", "next");
            }
        };
        Pipeline pipeline = new Pipeline().addEmitter(slow).addEmitter(next);
        assertThat(pipeline.build(site.root(), site.output(), true, Progress.quiet()).failed()).isFalse();

        assertThat(log).containsExactly("next ran", "slow finished: beside");
        assertThat(Files.readString(site.output().resolve("slow.txt"))).isEqualTo("beside");
        assertThat(site.output().resolve("next.txt")).exists();
    }

    /** The emitter that starts beside the checks: its slow part says when it is under way. */
    static final class BesideTheChecks implements Emitter {
        final CountDownLatch working = new CountDownLatch(1);

        @Override
        public String name() {
            return "beside the checks";
        }

        @Override
        public boolean startsBesideTheChecks() {
            return true;
        }

        @Override
        public void emit(Pages pages, Site site, Catalogue catalogue) {
            start(pages, site, catalogue).await();
        }

        @Override
        public Started start(Pages pages, Site site, Catalogue catalogue) {
            var work = Started.beside("beside-the-checks", () -> {
                working.countDown();
                return "made";
            });
            return new Started(work, () -> catalogue.addText("early.txt", "test", work.join()));
        }

        /** A check that waits for the emitter's slow part: it can only see it if the two run side by side. */
        Check waitingFor(List<String> log, List<Problem> found) {
            return (pages, s) -> {
                try {
                    log.add(working.await(20, TimeUnit.SECONDS) ? "the check saw the emitter at work" : "the emitter had not started");
                } catch (InterruptedException e) {
                    log.add("interrupted");
                }
                return found;
            };
        }
    }

    @Test
    @Timeout(60)
    void theSlowestEmitterWorksBesideTheChecks() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        BesideTheChecks early = new BesideTheChecks();
        List<String> log = new CopyOnWriteArrayList<>();
        Pipeline pipeline = new Pipeline().addCheck(early.waitingFor(log, List.of())).addEmitter(early);
        assertThat(pipeline.build(site.root(), site.output(), true, Progress.quiet()).failed()).isFalse();
        assertThat(log).containsExactly("the check saw the emitter at work");
        assertThat(Files.readString(site.output().resolve("early.txt"))).isEqualTo("made");
    }

    @Test
    @Timeout(60)
    void whenTheChecksFindAnErrorTheEarlyEmittersWorkIsDroppedAndNothingIsPublished() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        BesideTheChecks early = new BesideTheChecks();
        List<String> log = new CopyOnWriteArrayList<>();
        Problem error = Problem.error("content/index.adoc", 3, "A test error.", "Nothing to fix.");
        Pipeline pipeline = new Pipeline().addCheck(early.waitingFor(log, List.of(error))).addEmitter(early);
        Pipeline.Result result = pipeline.build(site.root(), site.output(), true, Progress.quiet());
        assertThat(result.failed()).isTrue();
        assertThat(result.problems()).extracting(Problem::message).containsExactly("A test error.");
        assertThat(site.output().resolve("early.txt")).doesNotExist();
    }
}
