package guide.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A remembered width or code is PDFBox's own, to the last bit, and a letter the font lacks still throws. */
class MeasuredFontTest {
    static final List<String> TEXT = List.of("", "a", "Sex workers", "co-production", "café – naïve “quoted” 50%", "Ünïcödé Ελληνικά Кириллица",
            "Working in partnership Working in partnership", "  spaces\u00a0and\u2009thin ", "ﬁ ligature");

    @Test
    void everyWidthIsTheOneThePlainFontGives() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font plain = font(doc);
            MeasuredFont measured = new MeasuredFont(font(doc));
            for (int round = 0; round < 2; round++) { // the second round from what it remembered
                for (String s : TEXT) {
                    float expected = plain.getStringWidth(s);
                    assertThat(Float.floatToIntBits(measured.getStringWidth(s))).as(s).isEqualTo(Float.floatToIntBits(expected));
                    assertThat(measured.encode(s)).as("codes of " + s).isEqualTo(plain.encode(s));
                }
            }
            assertThat(measured.getStringWidth("Sex workers")).isGreaterThan(measured.getStringWidth("Sex"));
        }
    }

    @Test
    void aLetterTheFontLacksThrowsAsPdfBoxDoes() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font plain = font(doc);
            MeasuredFont measured = new MeasuredFont(font(doc));
            String missing = "text with 漢字";
            assertThatThrownBy(() -> plain.getStringWidth(missing)).isInstanceOf(IllegalArgumentException.class);
            for (int round = 0; round < 2; round++) {
                assertThatThrownBy(() -> measured.getStringWidth(missing)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+6F22");
                assertThatThrownBy(() -> measured.encode(missing)).isInstanceOf(IllegalArgumentException.class);
            }
            // One outside the basic plane: a pair of chars, one letter.
            assertThatThrownBy(() -> plain.getStringWidth("𝔘")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> measured.getStringWidth("𝔘")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+1D518");
            assertThat(measured.getStringWidth("text with")).isEqualTo(plain.getStringWidth("text with"));
        }
    }

    private static PDType0Font font(PDDocument doc) throws Exception {
        try (InputStream in = GuidePdf.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        }
    }
}
