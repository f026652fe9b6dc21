package guide.refine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InlineStylesTest {
    @Test
    void asciidoctorsColumnWidthsAreTakenOutAndNothingElse() {
        Document doc = Jsoup.parse("<div data-guide-body><table class=\"tableblock\" style=\"width: 80%;\"><colgroup>"
                + "<col style=\"width: 33.3333%;\"><col style=\"width: 66.6667%;\"></colgroup><tr><td>a</td><td>b</td></tr></table></div>"
                + "<p style=\"color: red\">template</p>");
        InlineStyles.strip(doc.selectFirst("[data-guide-body]"));
        assertThat(doc.select("[data-guide-body] [style]")).isEmpty();
        assertThat(doc.select("col")).hasSize(2);
        assertThat(doc.select("p[style]")).as("a template's style attribute is left for the tests to report").hasSize(1);
    }
}
