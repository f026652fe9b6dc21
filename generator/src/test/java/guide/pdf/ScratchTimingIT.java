package guide.pdf;

import guide.testing.BuiltGuide;
import org.junit.jupiter.api.Test;

class ScratchTimingIT {
    @Test
    void timing() {
        var g = BuiltGuide.get();
        var r = g.result();
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            var pdf = GuideDownload.make(r.pages(), r.site().readingOrder(), r.site().config(), r.site().messages(),
                    p -> GuideDownload.published(g.site(), p));
            System.out.printf("TIMING render %d: %d ms, %d pages, %d bytes%n", i, (System.nanoTime() - t) / 1_000_000, pdf.pageCount(), pdf.bytes().length);
        }
    }
}
