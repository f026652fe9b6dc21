package guide.accessibility;

import guide.testing.Axe;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import guide.testing.Chromium;
import guide.testing.OnTheBuiltGuide;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The framework diagram on the home page and the framework page: the band above, the four areas, the band
 * beneath, in that order for the eye and for a screen reader (Chromium's accessibility tree), with real
 * links, and no axe WCAG 2.2 AA violation at a phone's width or a desktop's.
 */
class FrameworkDiagramIT extends OnTheBuiltGuide {
    static final List<String> PAGES = List.of("index.html", "framework/index.html");
    static final String ABOVE = "Improving health equity, outcomes and inclusion";
    static final String BENEATH = "Empowering sex workers and reducing stigma";
    static final List<String> MIDDLE = List.of("Improving wider economic, social and legal conditions", "Working in partnership",
            "Partnership service design across systems to achieve health justice",
            "Person-centred service delivery that meets the needs of sex workers");

    @Test
    void theDiagramHasNoAxeViolationsAtPhoneAndDesktopWidths() {
        List<String> violations = new ArrayList<>();
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            browser.manage().window().setSize(size);
            for (String page : PAGES) {
                browser.get(guide.url(page));
                assertThat(browser.findElements(By.cssSelector("figure.framework-diagram"))).as("diagram on " + page).hasSize(1);
                Results results = Axe.with(Axe.WCAG_TAGS).include("figure.framework-diagram").analyze(browser);
                assertThat(results.isErrored()).as("axe ran on " + page).isFalse();
                assertThat(results.getPasses()).as("axe checked the diagram on " + page).isNotEmpty();
                for (Rule rule : results.getViolations()) {
                    violations.add(page + " at " + size.getWidth() + "px: " + rule.getId() + " " + rule.getHelp());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aScreenReaderMeetsTheBandAboveThenTheFourAreasThenTheBandBeneath() {
        for (String page : PAGES) {
            browser.get(guide.url(page));
            List<String> read = readingOrder("figure");
            String all = String.join(" | ", read);
            assertThat(read).as("accessibility tree of the diagram on " + page).isNotEmpty();
            List<String> expected = new ArrayList<>();
            expected.add(ABOVE);
            expected.add("Advocating for health in all policies");
            expected.addAll(MIDDLE);
            expected.add(BENEATH);
            expected.add("Positive language and challenging discrimination");
            int last = -1;
            for (String phrase : expected) {
                int at = indexOf(read, phrase);
                assertThat(at).as("'" + phrase + "' is read after what comes before it, on " + page + ": " + all).isGreaterThan(last);
                last = at;
            }
        }
    }

    @Test
    void theDiagramIsAFigureNamedByItsCaptionWhoseAreasAreLinksToTheirPages() {
        browser.get(guide.url("index.html"));
        Map<String, Object> figure = axNodes().stream().filter(n -> "figure".equals(value(n.get("role")))).findFirst().orElseThrow();
        assertThat(value(figure.get("name"))).isEqualTo("The framework as the guide draws it");
        List<WebElement> links = browser.findElements(By.cssSelector("figure.framework-diagram a"));
        Map<String, String> byText = links.stream().collect(Collectors.toMap(WebElement::getText, a -> a.getAttribute("href"), (a, b) -> a));
        assertThat(byText).containsKeys(MIDDLE.toArray(String[]::new)).containsKeys(ABOVE, BENEATH);
        assertThat(byText.get("Working in partnership")).endsWith("/framework/partnership.html");
        assertThat(byText.get(BENEATH)).endsWith("/framework/empowerment.html");
    }

    @Test
    void theBandsSitAboveAndBeneathTheAreasWhichStandSideBySideOnADesktopAndStackOnAPhone() {
        for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
            browser.manage().window().setSize(size);
            browser.get(guide.url("framework/index.html"));
            Rectangle above = browser.findElement(By.cssSelector(".framework-diagram__band--above")).getRect();
            Rectangle beneath = browser.findElement(By.cssSelector(".framework-diagram__band--beneath")).getRect();
            List<Rectangle> areas = browser.findElements(By.cssSelector(".framework-diagram__area")).stream().map(WebElement::getRect).toList();
            assertThat(areas).hasSize(4);
            for (Rectangle area : areas) {
                assertThat(area.getY()).as("area below the band above at " + size.getWidth()).isGreaterThanOrEqualTo(above.getY() + above.getHeight());
                assertThat(area.getY() + area.getHeight()).as("area above the band beneath").isLessThanOrEqualTo(beneath.getY());
            }
            if (size.equals(Chromium.DESKTOP)) {
                assertThat(areas).extracting(Rectangle::getY).as("one row").containsOnly(areas.get(0).getY());
                assertThat(areas).extracting(Rectangle::getX).isSorted();
            } else {
                assertThat(areas).extracting(Rectangle::getY).as("stacked in reading order").isSorted().doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void theReadingOrderCheckNoticesABandReadInTheWrongPlace() {
        // Guards the order test: a figure whose band beneath comes first in the page must fail it.
        browser.get("data:text/html,<!DOCTYPE html><html lang='en'><head><title>x</title></head><body><main><figure>"
                + "<figcaption>F</figcaption><p>" + BENEATH + "</p><ul><li><a href='%23a'>Working in partnership</a></li></ul>"
                + "<p>" + ABOVE + "</p></figure></main></body></html>");
        List<String> read = readingOrder("figure");
        assertThat(indexOf(read, BENEATH)).isLessThan(indexOf(read, ABOVE));
        assertThat(indexOf(read, "Working in partnership")).isBetween(indexOf(read, BENEATH), indexOf(read, ABOVE));
    }

    /** The text a screen reader reads inside the first node of this role, depth first through the accessibility tree. */
    private List<String> readingOrder(String role) {
        List<Map<String, Object>> nodes = axNodes();
        Map<String, Map<String, Object>> byId = nodes.stream().collect(Collectors.toMap(n -> String.valueOf(n.get("nodeId")), n -> n, (a, b) -> a));
        Map<String, Object> root = nodes.stream().filter(n -> role.equals(value(n.get("role")))).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        walk(root, byId, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void walk(Map<String, Object> node, Map<String, Map<String, Object>> byId, List<String> out) {
        if ("StaticText".equals(value(node.get("role")))) {
            String name = value(node.get("name"));
            if (!name.isBlank()) out.add(name.strip());
        }
        for (Object id : (List<Object>) node.getOrDefault("childIds", List.of())) {
            Map<String, Object> child = byId.get(String.valueOf(id));
            if (child != null) walk(child, byId, out);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> axNodes() {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Accessibility.enable", Map.of());
        return (List<Map<String, Object>>) chrome.executeCdpCommand("Accessibility.getFullAXTree", Map.of()).get("nodes");
    }

    @SuppressWarnings("unchecked")
    private static String value(Object property) {
        return property instanceof Map<?, ?> m && m.get("value") != null ? String.valueOf(((Map<String, Object>) m).get("value")) : "";
    }

    private static int indexOf(List<String> read, String phrase) {
        for (int i = 0; i < read.size(); i++) if (read.get(i).startsWith(phrase)) return i;
        return -1;
    }
}
