package guide.convert;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the convert stage decides without Asciidoctor: which files are pages, their addresses, bad encodings. */
class ConverterTest {
    @Test
    void theLineOfTheFirstByteThatIsNotUtf8IsFound() {
        assertThat(Converter.firstLineNotUtf8("= Café\n\nfine\n".getBytes(StandardCharsets.UTF_8))).isZero();
        assertThat(Converter.firstLineNotUtf8("= Title\n\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(3);
    }

    @Test
    void addressesKeepTheLettersAsWritten() {
        assertThat(Converter.uriOf(Path.of("part/café.adoc"))).isEqualTo("part/café.html");
        assertThat(Converter.uriOf(Path.of("part/first-draft.asciidoc"))).isEqualTo("part/first-draft.html");
    }

    @Test
    void onlyAsciiDocFilesThatAreNotHiddenArePages() {
        assertThat(Converter.isPage("a.adoc")).isTrue();
        assertThat(Converter.isPage("a.ad")).isTrue();
        assertThat(Converter.isPage(".a.adoc")).isFalse();
        assertThat(Converter.isPage("a.adoc~")).isFalse();
        assertThat(Converter.isPage("notes.md")).isFalse();
    }

    @Test
    void theAttributesThatWouldShowTheMachineOrTheClockAreLocked() {
        assertThat(Converter.LOCKED).containsKeys("localdate", "localtime", "docdate", "doctime", "docdatetime", "user-home", "outdir")
                .allSatisfy((k, v) -> assertThat(v).doesNotContain("/").doesNotContainPattern("\\d"));
    }
}
