package guide.actionplan;

import guide.testing.Axe;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import guide.testing.BuiltGuide;
import guide.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action plan as a path, in real headless Chromium on a 375 px phone: an overview of every area with
 * its state, one area at a time with "Keep your answers" right after it, answers that survive moving
 * between areas, leaving the page and coming back, and downloads that still hold every area.
 */
class ActionPlanPathIT {
    private static final String PAGE = "action-plan/plan.html";
    private static final Dimension PHONE_375 = new Dimension(375, 812);

    private static BuiltGuide guide;
    private static ActionPlan plan;

    /** The browser's downloads, emptied before each test. */
    @TempDir
    static Path downloads;
    /** One browser for the class, as new for each test (Chromium.forget). */
    private static WebDriver browser;

    @BeforeAll
    static void build() {
        guide = BuiltGuide.get();
        plan = PlanFixture.realPlan();
        browser = Chromium.start(true, Chromium.DESKTOP, downloads);
    }

    @AfterEach
    void forget() {
        Chromium.forget(browser, guide.url(PAGE), Chromium.DESKTOP);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.quit();
    }

    private void start(Dimension size) {
        Chromium.emptyFolder(downloads);
        browser.manage().window().setSize(size);
        browser.get(guide.url(PAGE));
    }

    private ActionPlan.Priority area(int i) {
        return plan.priorities().get(i);
    }

    private WebElement section(ActionPlan.Priority p) {
        return browser.findElement(By.id(p.id()));
    }

    private String state(ActionPlan.Priority p) {
        return browser.findElement(By.id(p.id() + "-status")).getText();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Clicks as a reader taps: on the element in the middle of the screen (the exit control sticks to the top). */
    private void tap(String selector) {
        WebElement e = browser.findElement(By.cssSelector(selector));
        js("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    private void type(String name, String value) {
        WebElement field = browser.findElement(By.id(name));
        field.clear();
        field.sendKeys(value);
    }

    private String value(String name) {
        return browser.findElement(By.id(name)).getAttribute("value");
    }

    private double top(String selector) {
        return ((Number) js("return document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY;", selector)).doubleValue();
    }

    @Test
    void onAPhoneAReaderOpensOneAreaAnswersKeepsLeavesAndComesBackWithoutScrollingPastTheOthers() throws Exception {
        start(PHONE_375);
        // The overview: every area, each with its state in words.
        List<WebElement> links = browser.findElements(By.cssSelector("[data-area-link]"));
        assertThat(links).extracting(WebElement::getText)
                .containsExactlyElementsOf(plan.priorities().stream().map(ActionPlan.Priority::title).toList());
        for (ActionPlan.Priority p : plan.priorities()) {
            assertThat(state(p)).isEqualTo("Not started");
            assertThat(section(p).isDisplayed()).as(p.id() + " waits behind the overview").isFalse();
        }

        ActionPlan.Priority chosen = area(2);
        ActionPlan.Priority other = area(4);
        tap("[data-area-link='" + chosen.id() + "']");
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(b -> section(chosen).isDisplayed());
        assertThat(browser.getCurrentUrl()).endsWith("#" + chosen.id());
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo(chosen.title());
        for (ActionPlan.Priority p : plan.priorities()) {
            if (p != chosen) assertThat(section(p).isDisplayed()).as(p.id() + " is out of the way").isFalse();
        }
        assertThat(browser.findElement(By.id("ap-overview")).isDisplayed()).isFalse();

        // "Keep your answers" comes straight after the open area: nothing of another area lies between.
        double areaBottom = ((Number) js("var r = document.getElementById(arguments[0]).getBoundingClientRect(); return r.bottom + window.scrollY;",
                chosen.id())).doubleValue();
        assertThat(top("#ap-keep") - areaBottom).as("gap between the open area and Keep your answers").isLessThan(200);
        assertThat(browser.findElement(By.cssSelector("#" + chosen.id() + " a[href='#ap-keep']")).isDisplayed()).isTrue();

        String going = ActionPlan.answerField(chosen, plan.assessment().get(0));
        String action = ActionPlan.cellField(chosen, 1, plan.columns().get(0));
        type(going, "A monthly meeting of partners.");
        type(action, "Invite the housing team");
        tap("#" + chosen.id() + " a[href='#ap-keep']");
        tap("[data-save]");
        Chromium.waiting(browser, Duration.ofSeconds(10))
                .until(b -> b.findElement(By.cssSelector("[data-status]")).getText().contains("saved on this device"));

        // Back to the overview: the area says how far the reader got, and focus is on its link.
        tap("#" + chosen.id() + " [data-back]");
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("ap-overview")).isDisplayed());
        assertThat(state(chosen)).isEqualTo("In progress");
        assertThat(state(other)).isEqualTo("Not started");
        assertThat(browser.switchTo().activeElement().getAttribute("data-area-link")).isEqualTo(chosen.id());

        // Another area, answered and marked done by its date; the first area's answers are still there.
        tap("[data-area-link='" + other.id() + "']");
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(b -> section(other).isDisplayed());
        type(ActionPlan.completedField(other), "2/3/2026");
        type(ActionPlan.answerField(other, plan.assessment().get(1)), "Reach more of the night-time economy.");
        assertThat(value(going)).isEqualTo("A monthly meeting of partners.");

        // Leave the site's page, and come back.
        browser.get(guide.url("index.html"));
        browser.get(guide.url(PAGE));
        assertThat(state(chosen)).isEqualTo("In progress");
        assertThat(state(other)).isEqualTo("Completed");
        tap("[data-area-link='" + chosen.id() + "']");
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(b -> section(chosen).isDisplayed());
        assertThat(value(going)).isEqualTo("A monthly meeting of partners.");
        assertThat(value(action)).isEqualTo("Invite the housing team");

        // A reload keeps the open area open.
        browser.navigate().refresh();
        assertThat(section(chosen).isDisplayed()).isTrue();
        assertThat(section(other).isDisplayed()).isFalse();

        // The downloads hold every area, not only the open one.
        tap("[data-download-save]");
        String saved = Files.readString(downloaded("action-plan-answers.json"));
        assertThat(saved).contains(going, action, ActionPlan.completedField(other), "Reach more of the night-time economy.");
        tap("[data-download-xlsx]");
        Map<String, Map<PlanFixture.At, org.dhatim.fastexcel.reader.Cell>> book = PlanFixture.cells(Files.readAllBytes(downloaded("action-plan.xlsx")));
        assertThat(book).hasSize(plan.priorities().size());
        List<String> cells = new ArrayList<>();
        book.values().forEach(sheet -> sheet.values().forEach(c -> cells.add(c.getText())));
        assertThat(cells).contains("A monthly meeting of partners.", "Invite the housing team", "2/3/2026");
    }

    @Test
    void printingShowsEveryAreaEvenWithOneOpen() {
        start(Chromium.DESKTOP);
        ActionPlanIT.openArea(browser, area(1));
        ((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (ActionPlan.Priority p : plan.priorities()) {
            assertThat(section(p).isDisplayed()).as(p.id() + " in print").isTrue();
        }
        assertThat(browser.findElement(By.id("ap-overview")).isDisplayed()).isFalse();
    }

    /**
     * axe on the overview and on an open area at 320 px and 1280 px; the screenshots (375 px and 1280 px)
     * are kept in target/screenshots for people to look at.
     */
    @Test
    void theOverviewAndAnOpenAreaHaveNoAccessibilityViolationsAtPhoneAndDesktopWidths() throws IOException {
        start(Chromium.DESKTOP);
        ActionPlan.Priority open = area(2);
        List<String> violations = new ArrayList<>();
        for (Dimension size : List.of(Chromium.PHONE, PHONE_375, Chromium.DESKTOP)) {
            browser.manage().window().setSize(size);
            for (String hash : List.of("", "#" + open.id())) {
                browser.get(guide.url(PAGE) + hash);
                browser.navigate().refresh();
                if (!hash.isEmpty()) {
                    type(ActionPlan.answerField(open, plan.assessment().get(0)), "Started.");
                    assertThat(section(open).isDisplayed()).isTrue();
                    js("document.getElementById(arguments[0]).scrollIntoView();", open.id());
                }
                if (size.getWidth() != PHONE_375.getWidth()) {
                    Results results = Axe.with(Axe.WCAG_TAGS).analyze(browser);
                    assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
                    for (Rule rule : results.getViolations()) {
                        for (CheckedNode node : rule.getNodes()) {
                            violations.add(size.getWidth() + "px " + (hash.isEmpty() ? "overview" : hash) + ": " + rule.getId()
                                    + " at " + node.getTarget() + ": " + node.getFailureSummary());
                        }
                    }
                }
                if (size.getWidth() != Chromium.PHONE.getWidth()) screenshot(hash.isEmpty() ? "overview" : "area", size);
            }
        }
        assertThat(violations).isEmpty();
    }

    private void screenshot(String what, Dimension size) throws IOException {
        Path folder = BuiltGuide.repositoryRoot().resolve("generator/target/screenshots");
        Files.createDirectories(folder);
        // What the reader sees first (the view the address opens on), then the whole page.
        Files.write(folder.resolve("action-plan-" + what + "-" + size.getWidth() + "-screen.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        // The whole page from its top, as far as 4,000 px.
        js("if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0);");
        long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height, 4000)));
        js("window.scrollTo(0, 0);");
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(folder.resolve("action-plan-" + what + "-" + size.getWidth() + ".png"), png);
        browser.manage().window().setSize(size);
    }

    private Path downloaded(String name) {
        return Chromium.downloaded(browser, downloads, name);
    }
}
