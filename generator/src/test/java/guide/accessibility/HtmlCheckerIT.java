package guide.accessibility;

import guide.testing.BuiltGuide;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every built page passes the W3C Nu HTML Checker, run in-process (no page is sent anywhere), with no errors. */
class HtmlCheckerIT {

    /** Collects the checker's errors; its warnings and notes do not fail the build. */
    static final class Errors implements ErrorHandler {
        final List<String> found = new ArrayList<>();
        String page = "";

        @Override public void warning(SAXParseException e) {}
        @Override public void error(SAXParseException e) { add(e); }
        @Override public void fatalError(SAXParseException e) { add(e); }

        private void add(SAXParseException e) {
            found.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }
    }

    @Test
    void everyPagePassesTheNuHtmlCheckerWithNoErrors() throws Exception {
        BuiltGuide guide = BuiltGuide.get();
        Errors errors = new Errors();
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        checker.setUpValidatorAndParsers(errors, false, false);
        List<String> pages = guide.htmlPages();
        assertThat(pages).hasSizeGreaterThan(10);
        for (String page : pages) {
            errors.page = page;
            try (InputStream in = Files.newInputStream(guide.site().resolve(page))) {
                InputSource source = new InputSource(in);
                source.setSystemId(guide.url(page));
                source.setEncoding("UTF-8");
                checker.checkHtmlInputSource(source);
            }
        }
        assertThat(errors.found).as("Nu HTML Checker errors in %d pages", pages.size()).isEmpty();
    }

    @Test
    void theCheckerFindsAnErrorWhenThereIsOne() throws Exception {
        // Guards the test above: a checker that reports nothing would pass any page.
        Errors errors = new Errors();
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        checker.setUpValidatorAndParsers(errors, false, false);
        errors.page = "broken.html";
        String html = "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div>x</div><a href=\"#\" id=a id=b>y</a></body></html>";
        checker.checkHtmlInputSource(new InputSource(new java.io.StringReader(html)));
        assertThat(errors.found).isNotEmpty();
    }
}
