package guide.accessibility;

import guide.testing.OnTheBuiltGuide;
import guide.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reflow (WCAG 1.4.10) and text resize (1.4.4): no page scrolls sideways at 320 CSS pixels, nor at desktop
 * and tablet widths with the browser's text size doubled.
 */
class ReflowIT extends OnTheBuiltGuide {
    @Test
    void noPageScrollsSidewaysAt320Pixels() {
        assertThat(sideways(Chromium.PHONE, 1)).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysWithTextAtTwiceItsSize() {
        assertThat(sideways(Chromium.DESKTOP, 2)).isEmpty();
        assertThat(sideways(new Dimension(640, 900), 2)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTableStackedOnAPhoneIsStillATableForScreenReaders() {
        browser.manage().window().setSize(Chromium.PHONE);
        browser.get(guide.url(guide.first("language")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return getComputedStyle(document.querySelector('table.table--stack tr')).display"))
                .as("rows are stacked at 320px").isEqualTo("block");
        Number rows = (Number) js.executeScript("return document.querySelectorAll('table.table--stack tbody tr').length");
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Accessibility.enable", Map.of());
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) chrome.executeCdpCommand("Accessibility.getFullAXTree", Map.of()).get("nodes");
        Map<String, Long> roles = nodes.stream().map(n -> (Map<String, Object>) n.get("role")).filter(java.util.Objects::nonNull)
                .map(r -> String.valueOf(r.get("value")))
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        assertThat(rows.intValue()).isGreaterThan(3);
        assertThat(roles.getOrDefault("table", 0L)).as("tables in the accessibility tree").isGreaterThanOrEqualTo(1);
        assertThat(roles.getOrDefault("rowheader", 0L)).as("row headers").isGreaterThanOrEqualTo(rows.longValue());
        assertThat(roles.getOrDefault("columnheader", 0L)).as("column headers").isGreaterThanOrEqualTo(3);
    }

    private List<String> sideways(Dimension size, int textScale) {
        browser.manage().window().setSize(size);
        List<String> wide = new ArrayList<>();
        // The browser's own text-size setting (its default font size), so em media queries follow as they would for a reader.
        fontSizes(16 * textScale, 13 * textScale);
        for (String page : guide.htmlPages()) {
            browser.get(guide.url(page));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            Number viewport = (Number) js.executeScript("return document.documentElement.clientWidth");
            assertThat(viewport.intValue()).as("viewport of " + page).isEqualTo(size.getWidth());
            Number rootSize = (Number) js.executeScript("return parseFloat(getComputedStyle(document.documentElement).fontSize)");
            assertThat(rootSize.doubleValue()).as("text size on " + page).isGreaterThanOrEqualTo(16.0 * textScale);
            @SuppressWarnings("unchecked")
            List<Object> widest = (List<Object>) js.executeScript(
                    "var w = document.documentElement.scrollWidth, out = [w];"
                            + "if (w > document.documentElement.clientWidth) {"
                            + "  document.querySelectorAll('body *').forEach(function (e) {"
                            + "    var r = e.getBoundingClientRect();"
                            + "    if (r.right > document.documentElement.clientWidth + 1 && out.length < 6) out.push(e.tagName.toLowerCase() + '.' + e.className + ' right=' + Math.round(r.right));"
                            + "  });"
                            + "}"
                            + "return out;");
            long scrollWidth = ((Number) widest.get(0)).longValue();
            if (scrollWidth > size.getWidth()) {
                wide.add(page + " at " + size.getWidth() + "px, text x" + textScale + ": " + scrollWidth + "px wide, because of "
                        + widest.subList(1, widest.size()));
            }
        }
        fontSizes(16, 13);
        return wide;
    }

    private void fontSizes(int standard, int fixed) {
        ((ChromeDriver) browser).executeCdpCommand("Page.setFontSizes",
                Map.of("fontSizes", Map.of("standard", standard, "fixed", fixed)));
    }
}
