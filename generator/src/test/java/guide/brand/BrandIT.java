package guide.brand;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.problem.Problem;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BrandIT {
    @TempDir
    Path dir;

    @Test
    void aLocalColourWithTooLittleContrastStopsTheBuildWithTheRatio() {
        SiteFixture fixture = SiteFixture.copy("minimal", dir);
        fixture.write("local/site.properties", "site.name=Anytown guide\nbrand.header-background=#ffff00\n");
        Pipeline pipeline = new Pipeline().addEmitter(new BrandStylesheet());
        List<Problem> errors = pipeline.build(fixture.root(), fixture.output(), false, Progress.quiet()).problems();
        assertThat(errors).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("local/site.properties");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("1.07:1").contains("4.5:1");
        });
    }

    @Test
    void goodColoursAreWrittenToTheBrandStylesheet() throws Exception {
        SiteFixture fixture = SiteFixture.copy("minimal", dir);
        fixture.write("local/site.properties", "brand.header-background=#00524c\n");
        Pipeline.Result r = new Pipeline().addEmitter(new BrandStylesheet())
                .build(fixture.root(), fixture.output(), true, Progress.quiet());
        assertThat(r.failed()).as(r.problems().toString()).isFalse();
        assertThat(fixture.read("target/site/css/brand.css")).contains("--brand-header-background: #00524c;");
    }
}
