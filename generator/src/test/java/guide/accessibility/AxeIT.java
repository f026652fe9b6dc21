package guide.accessibility;

import guide.testing.Axe;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import guide.testing.OnTheBuiltGuide;
import guide.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules, and its best practices, on every page of the real guide, in real Chromium, at a
 * phone's width and a desktop's. All violations are gathered and reported together.
 */
class AxeIT extends OnTheBuiltGuide {
    static final List<String> WCAG_TAGS = Axe.WCAG_TAGS;
    /** WCAG's rules and axe's best practices too (landmarks, one main, heading order, ...). */
    static final List<String> ALL_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    @Test
    void everyPageHasNoViolationsAtPhoneAndDesktopWidths() {
        List<String> pages = guide.htmlPages();
        assertThat(pages).as("pages of the built guide").hasSizeGreaterThan(10);
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            browser.manage().window().setSize(size);
            for (String page : pages) {
                browser.get(guide.url(page));
                assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("iframe, frame, object, embed"))).as("frames on " + page).isEmpty();
                Results results = Axe.with(ALL_TAGS).analyze(browser);
                assertThat(results.isErrored()).as("axe ran on " + page + ": " + results.getErrorMessage()).isFalse();
                for (Rule rule : results.getViolations()) {
                    for (CheckedNode node : rule.getNodes()) {
                        violations.add(page + " at " + size.getWidth() + "px: " + rule.getId() + " (" + rule.getImpact()
                                + ") at " + node.getTarget() + ": " + rule.getHelp() + "\n    " + node.getFailureSummary());
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(pages.size() * 2);
        assertThat(violations).as("axe violations (%d pages checked at 320px and 1280px)", pages.size()).isEmpty();
    }

    @Test
    void axeReportsAViolationWhenThereIsOne() {
        // Guards the test above: axe that found nothing anywhere would pass every page.
        browser.manage().window().setSize(Chromium.DESKTOP);
        browser.get("data:text/html,<!DOCTYPE html><html><head><title>x</title></head><body><main><p style='color:%23ccc'>pale</p>"
                + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></main></body></html>");
        Results results = Axe.with(WCAG_TAGS).analyze(browser);
        assertThat(results.getViolations()).extracting(Rule::getId).contains("html-has-lang", "image-alt", "color-contrast");
        // With the best practices: text outside every landmark.
        browser.get("data:text/html,<!DOCTYPE html><html lang='en'><head><title>x</title></head><body><div><p>Text outside every landmark</p></div>"
                + "<main><h1>x</h1><p id='x'>text</p></main></body></html>");
        assertThat(Axe.with(ALL_TAGS).analyze(browser).getViolations()).extracting(Rule::getId).contains("region");
    }
}
