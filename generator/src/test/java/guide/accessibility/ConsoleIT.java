package guide.accessibility;

import guide.testing.OnTheBuiltGuide;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the real guide loads in Chromium, served as a host would, without an error in the console. */
class ConsoleIT extends OnTheBuiltGuide {
    static List<String> errorsOn(String url) {
        browser.manage().logs().get(LogType.BROWSER); // empties what earlier pages logged
        browser.get(url);
        List<String> out = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) out.add(e.getMessage());
        }
        return out;
    }

    @Test
    void noPageLogsAnError() {
        List<String> errors = new ArrayList<>();
        for (String page : guide.htmlPages()) {
            if (page.equals("404.html")) continue; // served with status 404, which the console reports by design
            errorsOn(guide.url(page)).forEach(e -> errors.add(page + ": " + e));
        }
        assertThat(errors).isEmpty();
    }

    /** The check itself: a page that asks for a missing file is caught. */
    @Test
    void aFailedRequestIsCaught() {
        assertThat(errorsOn(guide.url("no-such-page.html"))).isNotEmpty();
    }
}
