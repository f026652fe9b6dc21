package guide.accessibility;

import guide.convert.Manuscript;
import guide.testing.Chromium;
import guide.testing.OnTheBuiltGuide;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice examples page lists each example once with its priority areas as tags. In Chromium the
 * filter (labelled checkboxes and a select) narrows the list to what each example's :priorities: and
 * :place: say, from the keyboard, and the count says how many are shown; without JavaScript the filter is
 * not shown and the list is a plain list of every example.
 */
class ExampleFilterIT extends OnTheBuiltGuide {

    private static List<Manuscript> examples() {
        return guide.all("example").stream().map(u -> guide.result().pages().byUri(u).orElseThrow().manuscript()).toList();
    }

    private static Set<String> tags(Manuscript m) {
        return Arrays.stream(m.attribute("priorities").split(",")).map(String::strip).collect(Collectors.toSet());
    }

    private static List<String> shownTitles(WebDriver b) {
        return b.findElements(By.cssSelector("[data-example]")).stream().filter(WebElement::isDisplayed)
                .map(li -> li.findElement(By.cssSelector("h3")).getText()).toList();
    }

    @Test
    void everyExampleIsListedOnceWithItsPriorityAreasAsTags() {
        browser.get(guide.url(guide.first("examples")));
        List<String> hrefs = browser.findElements(By.cssSelector("[data-example] h3 a")).stream()
                .map(a -> a.getDomAttribute("href").replaceFirst("^(\\.\\./)+", "").replaceFirst("^", "")).toList();
        assertThat(hrefs).doesNotHaveDuplicates().hasSameSizeAs(examples());
        for (WebElement item : browser.findElements(By.cssSelector("[data-example]"))) {
            List<WebElement> tags = item.findElements(By.cssSelector(".tags a"));
            assertThat(tags).as("tags of " + item.getText()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.getText()).as("a tag says its name in words").isNotBlank());
        }
    }

    @Test
    void tickingAPriorityAndChoosingAPlaceNarrowTheListAndTheCountSaysSo() {
        browser.get(guide.url(guide.first("examples")));
        WebElement count = browser.findElement(By.cssSelector("[data-example-filter] [role=status]"));
        int total = examples().size();
        assertThat(count.getText()).isEqualTo("Showing " + total + " of " + total + " practice examples");
        for (WebElement box : browser.findElements(By.cssSelector("[data-example-filter] input, [data-example-filter] select"))) {
            WebElement label = browser.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']"));
            assertThat(label.getText()).as("every control has a label").isNotBlank();
        }

        // From the keyboard: focus the first priority's checkbox and press Space.
        WebElement first = browser.findElement(By.cssSelector("[data-example-filter] input[name=priority]"));
        String priority = first.getDomAttribute("value");
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", first);
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        List<String> expected = examples().stream().filter(m -> tags(m).contains(priority)).map(Manuscript::title).toList();
        assertThat(expected).as("examples tagged " + priority).isNotEmpty();
        assertThat(shownTitles(browser)).containsExactlyElementsOf(expected);
        assertThat(count.getText()).isEqualTo("Showing " + expected.size() + " of " + total + " practice examples");

        // A place as well: only the examples of that place that show the priority.
        Manuscript one = examples().stream().filter(m -> tags(m).contains(priority)).findFirst().orElseThrow();
        new Select(browser.findElement(By.id("filter-place"))).selectByValue(one.attribute("place").strip());
        List<String> both = examples().stream().filter(m -> tags(m).contains(priority)
                && m.attribute("place").strip().equals(one.attribute("place").strip())).map(Manuscript::title).toList();
        assertThat(shownTitles(browser)).containsExactlyElementsOf(both);
        assertThat(count.getText()).isEqualTo("Showing " + both.size() + " of " + total + " practice examples");

        browser.findElement(By.cssSelector("[data-example-filter] button[type=reset]")).click();
        Chromium.waiting(browser, java.time.Duration.ofSeconds(5))
                .until(d -> shownTitles(d).size() == total);
        assertThat(count.getText()).isEqualTo("Showing " + total + " of " + total + " practice examples");
    }

    @Test
    void withoutJavaScriptTheFilterIsHiddenAndEveryExampleIsListed() {
        WebDriver plain = Chromium.start(false, Chromium.PHONE, null);
        try {
            plain.get(guide.url(guide.first("examples")));
            assertThat(plain.findElement(By.cssSelector("[data-example-filter]")).isDisplayed())
                    .as("a filter that could not work is not shown").isFalse();
            assertThat(shownTitles(plain)).containsExactlyElementsOf(examples().stream().map(Manuscript::title).toList());
            assertThat(plain.findElements(By.cssSelector(".tags a"))).allSatisfy(t -> assertThat(t.isDisplayed()).isTrue());
        } finally {
            plain.quit();
        }
    }
}
