package guide.actionplan;

import guide.testing.BuiltGuide;
import guide.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action-plan tool's limits (ActionPlan.LIMITS) in real headless Chromium: hostile or broken files are
 * refused with a plain message and the answers unchanged, typing stops at the limits and says so, a
 * failed save to the device is told to the reader with the answers left on the page, and a file that
 * would replace the answers asks first.
 */
class ActionPlanLimitsIT {
    private static final String PAGE = "action-plan/plan.html";
    private static final ActionPlan.Limits LIMITS = ActionPlan.LIMITS;

    private static BuiltGuide guide;
    private static ActionPlan plan;

    /** The files a test loads and the browser's downloads, emptied before each test. */
    @TempDir
    static Path dir;
    /** One browser for the class, as new for each test (Chromium.forget). */
    private static WebDriver browser;

    @BeforeAll
    static void build() {
        guide = BuiltGuide.get();
        plan = PlanFixture.realPlan();
        browser = Chromium.start(true, Chromium.DESKTOP, dir);
    }

    @BeforeEach
    void open() {
        Chromium.emptyFolder(dir);
        browser.get(guide.url(PAGE));
    }

    @AfterEach
    void forget() {
        Chromium.forget(browser, guide.url(PAGE), Chromium.DESKTOP);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.quit();
    }

    private ActionPlan.Priority first() {
        return plan.priorities().get(1);
    }

    private String going() {
        return ActionPlan.answerField(first(), plan.assessment().get(0));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Answers typed into one area, as a reader would. */
    private void answerSomething() {
        ActionPlanIT.openArea(browser, first());
        browser.findElement(By.id(going())).sendKeys("Strong links with the drop-in.");
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> formValues() {
        return new LinkedHashMap<>((Map<String, String>) js(
                "var out = {}; document.querySelectorAll('[data-action-plan] [name]').forEach(function (f) { out[f.name] = f.value; }); return out;"));
    }

    private Path file(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static String save(String answersJson) {
        return "{\"format\":\"guide-action-plan\",\"version\":1,\"answers\":" + answersJson + "}";
    }

    private void load(Path file) {
        browser.findElement(By.cssSelector("[data-load]")).sendKeys(file.toAbsolutePath().toString());
    }

    private String loadError() {
        WebElement message = Chromium.waiting(browser, Duration.ofSeconds(30))
                .until(b -> b.findElement(By.cssSelector("[data-load-error]")));
        return message.getText();
    }

    private String waitFor(String selector, String text) {
        Chromium.waiting(browser, Duration.ofSeconds(30)).until(b -> b.findElement(By.cssSelector(selector)).getText().contains(text));
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private void assertRefusedWithTheAnswersUnchanged(Path file, String says) {
        Map<String, String> before = formValues();
        load(file);
        assertThat(loadError()).contains(says).contains("have not been changed");
        assertThat(formValues()).isEqualTo(before);
        // The error summary names it too, and takes focus.
        WebElement summary = browser.findElement(By.cssSelector("[data-error-summary]"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.getText()).contains(says);
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
    }

    @Test
    void a106ByteFileNamingRow100000000IsRefusedWithoutTouchingTheForm() throws IOException {
        answerSomething();
        String json = save("{\"" + first().id() + ".actions.100000000.action\":\"x\"}");
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(106);
        assertRefusedWithTheAnswersUnchanged(file("row.json", json), "more than " + LIMITS.rows() + " actions");
        assertThat(browser.findElements(By.cssSelector("[data-priority='" + first().id() + "'] [data-action]")))
                .hasSize(ActionPlan.BLANK_ROWS);
    }

    @Test
    void aFileWithAThousandRowsIsRefused() throws IOException {
        answerSomething();
        StringBuilder answers = new StringBuilder("{");
        for (int n = 1; n <= 1000; n++) {
            answers.append(n > 1 ? "," : "").append('"').append(ActionPlan.cellField(first(), n, plan.columns().get(0)))
                    .append("\":\"Action ").append(n).append('"');
        }
        assertRefusedWithTheAnswersUnchanged(file("rows.json", save(answers.append('}').toString())),
                "more than " + LIMITS.rows() + " actions");
    }

    @Test
    void aOneMegabyteAnswerWithoutSpacesIsRefused() throws IOException {
        answerSomething();
        String long_ = "x".repeat(1024 * 1024);
        assertRefusedWithTheAnswersUnchanged(file("long.json", save("{\"" + going() + "\":\"" + long_ + "\"}")),
                "longer than " + LIMITS.characters() + " characters");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        answerSomething();
        String padding = " ".repeat(LIMITS.fileBytes());
        assertRefusedWithTheAnswersUnchanged(file("big.json", save("{}" + padding)), "larger than " + (LIMITS.fileBytes() >> 20) + " MB");
    }

    @Test
    void typingStopsAtTheLongestAnswerAndSaysSo() {
        ActionPlanIT.openArea(browser, first());
        WebElement field = browser.findElement(By.id(going()));
        js("arguments[0].value = 'y'.repeat(arguments[1] - 2);", field, LIMITS.characters());
        field.sendKeys("abcdef");
        assertThat(field.getAttribute("value")).hasSize(LIMITS.characters());
        WebElement message = browser.findElement(By.id(going() + "-limit"));
        assertThat(message.getText()).contains(LIMITS.characters() + " characters");
        assertThat(field.getAttribute("aria-describedby")).contains(going() + "-limit");
    }

    @Test
    void rowsCanBeAddedUpToTheLimitAndThenTheReaderIsTold() {
        ActionPlanIT.openArea(browser, first());
        WebElement add = browser.findElement(By.cssSelector("[data-priority='" + first().id() + "'] [data-add-action]"));
        for (int n = ActionPlan.BLANK_ROWS; n < LIMITS.rows(); n++) add.click();
        assertThat(browser.findElements(By.cssSelector("[data-priority='" + first().id() + "'] [data-action]"))).hasSize(LIMITS.rows());
        assertThat(add.isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("[data-priority='" + first().id() + "'] [data-rows-limit]")).getText())
                .contains("up to " + LIMITS.rows() + " actions");
    }

    @Test
    void whenTheDeviceRefusesToSaveTheReaderIsToldAndTheAnswersStayOnThePage() {
        answerSomething();
        js("Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
        Map<String, String> before = formValues();
        browser.findElement(By.cssSelector("[data-save]")).click();
        assertThat(waitFor("[data-notice]", "could not be saved")).contains("still on this page");
        assertThat(formValues()).isEqualTo(before);
        assertThat(browser.findElement(By.cssSelector("[data-status]")).getText()).doesNotContain("are saved");

        // A failure while the reader types (after a save that worked) is told too.
        browser.navigate().refresh();
        answerSomething();
        browser.findElement(By.cssSelector("[data-save]")).click();
        waitFor("[data-status]", "saved on this device");
        js("Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
        browser.findElement(By.id(going())).sendKeys(" More.");
        waitFor("[data-notice]", "could not be saved");
        assertThat(browser.findElement(By.id(going())).getAttribute("value")).endsWith("More.");
    }

    @Test
    void aSaveOnTheDeviceBeyondTheLimitsIsNotPutBackAndIsLeftAsItWas() {
        String hostile = save("{\"" + first().id() + ".actions.100000000.action\":\"x\"}");
        js("window.localStorage.setItem('guide-action-plan', arguments[0]);", hostile);
        browser.navigate().refresh();
        assertThat(waitFor("[data-notice]", "could not be put back")).contains("left on the device");
        assertThat(formValues().values()).allMatch(String::isEmpty);
        assertThat(js("return window.localStorage.getItem('guide-action-plan');")).isEqualTo(hostile);
    }

    @Test
    void aFileWithNoAnswersAsksBeforeItClearsThePage_andKeepingChangesNothing() throws IOException {
        answerSomething();
        Map<String, String> before = formValues();
        Path empty = file("empty.json", save("{}"));
        load(empty);
        WebElement ask = Chromium.waiting(browser, Duration.ofSeconds(10)).until(b -> {
            WebElement c = b.findElement(By.cssSelector("[data-confirm]"));
            return c.isDisplayed() ? c : null;
        });
        assertThat(ask.getText()).contains("no answers").contains("clear the answers");
        assertThat(browser.switchTo().activeElement()).isEqualTo(ask);
        assertThat(formValues()).as("nothing changes while the tool asks").isEqualTo(before);
        browser.findElement(By.cssSelector("[data-confirm-keep]")).click();
        assertThat(waitFor("[data-status]", "not loaded")).contains("have not been changed");
        assertThat(formValues()).isEqualTo(before);

        load(empty);
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.cssSelector("[data-confirm]")).isDisplayed());
        browser.findElement(By.cssSelector("[data-confirm-replace]")).click();
        waitFor("[data-status]", "loaded from the file");
        assertThat(formValues().values()).allMatch(String::isEmpty);
    }

    @Test
    void aFileThatWouldReplaceAnswersAsksFirst() throws IOException {
        answerSomething();
        load(file("other.json", save("{\"" + going() + "\":\"From the file\"}")));
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.cssSelector("[data-confirm]")).isDisplayed());
        assertThat(browser.findElement(By.id(going())).getAttribute("value")).isEqualTo("Strong links with the drop-in.");
        browser.findElement(By.cssSelector("[data-confirm-replace]")).click();
        waitFor("[data-status]", "loaded from the file");
        assertThat(browser.findElement(By.id(going())).getAttribute("value")).isEqualTo("From the file");
    }

    /**
     * Not a timing test (nothing here asserts a time): loads and restores a plan at the limits with the CPU
     * slowed four times, as on a phone, checks that it all arrived, and prints how long it took.
     */
    @Test
    void aPlanAtTheLimitsLoadsAndIsPutBackWhole() throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        // Every area at the most rows, and every text box at the longest answer.
        String text = "word ".repeat(LIMITS.characters() / 5);
        for (ActionPlan.Priority p : plan.priorities()) {
            for (ActionPlan.Answer a : plan.assessment()) answers.put(ActionPlan.answerField(p, a), text);
            for (int n = 1; n <= LIMITS.rows(); n++) {
                for (ActionPlan.Column c : plan.columns()) answers.put(ActionPlan.cellField(p, n, c), c.date() ? "1/2/2026" : text);
            }
        }
        StringBuilder json = new StringBuilder("{");
        answers.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
        Path full = file("full.json", save(json.append('}').toString()));

        ((ChromiumDriver) browser).executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        load(full);
        waitFor("[data-status]", "loaded from the file");
        double loadMs = timing("action-plan:load");
        for (ActionPlan.Priority p : plan.priorities()) {
            assertThat(browser.findElements(By.cssSelector("[data-priority='" + p.id() + "'] [data-action]"))).hasSize(LIMITS.rows());
        }
        assertThat(formValues()).containsAllEntriesOf(answers);

        browser.findElement(By.cssSelector("[data-save]")).click();
        waitFor("[data-status]", "saved on this device");
        browser.navigate().refresh();
        waitFor("[data-notice]", "put back");
        double restoreMs = timing("action-plan:restore");
        double pageMs = scriptTime();
        assertThat(formValues()).containsAllEntriesOf(answers);
        js("window.localStorage.clear();");
        browser.navigate().refresh();
        double emptyMs = timing("action-plan:restore");
        System.out.printf("action plan at the limits (%d answers, %d KB file), CPU slowed 4x: loading the file %.0f ms, "
                        + "putting back what was kept %.0f ms (with nothing kept %.0f ms; all the page's scripts %.0f ms)%n",
                answers.size(), Files.size(full) / 1024, loadMs, restoreMs, emptyMs, pageMs);
    }

    /** The page script's own measure of a step (User Timing), in ms. */
    private double timing(String name) {
        return ((Number) js("var m = performance.getEntriesByName(arguments[0], 'measure'); return m.length ? m[m.length - 1].duration : -1;", name))
                .doubleValue();
    }

    /** From the page's response to DOMContentLoaded: the time the page's scripts (restore included) took. */
    private double scriptTime() {
        return ((Number) js("var t = performance.getEntriesByType('navigation')[0]; return t.domContentLoadedEventEnd - t.responseEnd;"))
                .doubleValue();
    }
}
