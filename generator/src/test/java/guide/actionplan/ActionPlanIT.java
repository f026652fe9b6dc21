package guide.actionplan;

import guide.testing.BuiltGuide;
import guide.testing.Chromium;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action-plan form in real headless Chromium, on the real guide: answers kept on the device only when
 * the reader saves, restored, deleted; the filled spreadsheet and the save file downloaded and read back;
 * a broken file refused without touching the answers; an impossible review date caught by the error summary.
 */
class ActionPlanIT {
    private static final String PAGE = "action-plan/plan.html";
    /** A row the reader adds: one past the blank ones. */
    private static final int ADDED = ActionPlan.BLANK_ROWS + 1;

    private static BuiltGuide guide;
    private static ActionPlan plan;
    private static PlanSheets layout;

    /** The browser's downloads, emptied before each test. */
    @TempDir
    static Path downloads;
    /** One browser for the class, as new for each test (Chromium.forget). */
    private static WebDriver browser;

    @BeforeAll
    static void build() {
        guide = BuiltGuide.get();
        plan = PlanFixture.realPlan();
        layout = PlanSheets.of(plan, PlanFixture.texts());
        browser = Chromium.start(true, Chromium.DESKTOP, downloads);
    }

    @BeforeEach
    void open() {
        Chromium.emptyFolder(downloads);
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

    private ActionPlan.Priority first() { return plan.priorities().get(0); }
    private ActionPlan.Priority last() { return plan.priorities().get(plan.priorities().size() - 1); }

    /** Answers in two priority areas, one in a row the reader added. */
    private Map<String, String> answers() {
        Map<String, String> a = new LinkedHashMap<>();
        ActionPlan.Priority p = first();
        a.put(ActionPlan.completedField(p), "14/2/2026");
        a.put(ActionPlan.answerField(p, plan.assessment().get(0)), "Strong links with the drop-in service.\nMonthly meetings.");
        a.put(ActionPlan.answerField(p, plan.assessment().get(1)), "=SUM(1,2) is not a formula");
        a.put(ActionPlan.cellField(p, 1, plan.columns().get(0)), "Map the local system");
        a.put(ActionPlan.cellField(p, 1, plan.columns().get(1)), "@Sam and the steering group");
        a.put(ActionPlan.cellField(p, ADDED, plan.columns().get(0)), "-Review referral routes");
        a.put(ActionPlan.cellField(p, ADDED, plan.columns().get(2)), "+ten partners asked");
        a.put(ActionPlan.cellField(p, ADDED, plan.columns().get(3)), "30/6/2026");
        a.put(ActionPlan.answerField(last(), plan.assessment().get(0)), "Peer-led training <b>works</b> & is liked");
        return a;
    }

    private void addRow(ActionPlan.Priority p) {
        openArea(p);
        browser.findElement(By.cssSelector("[data-priority='" + p.id() + "'] [data-add-action]")).click();
    }

    /** Opens an area from the overview, going back to the overview first if another area is open. */
    private void openArea(ActionPlan.Priority p) {
        openArea(browser, p);
    }

    static void openArea(WebDriver browser, ActionPlan.Priority p) {
        WebElement section = browser.findElement(By.id(p.id()));
        if (section.isDisplayed()) return;
        // One "All areas" link is enough (each open area has two, and the first click closes the area).
        for (WebElement back : browser.findElements(By.cssSelector("[data-priority] [data-back]"))) {
            if (!back.isDisplayed()) continue;
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", back);
            back.click();
            break;
        }
        browser.findElement(By.cssSelector("[data-area-link='" + p.id() + "']")).click();
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(b -> section.isDisplayed());
    }

    private ActionPlan.Priority areaOf(String field) {
        return plan.priorities().stream().filter(p -> field.startsWith(p.id() + ".")).findFirst().orElseThrow();
    }

    private void fill(Map<String, String> answers) {
        // Rows beyond the blank ones are added by the reader.
        int most = answers.keySet().stream().filter(n -> n.startsWith(first().id() + ".actions."))
                .mapToInt(n -> Integer.parseInt(n.split("\\.")[2])).max().orElse(0);
        for (int n = ActionPlan.BLANK_ROWS; n < most; n++) addRow(first());
        answers.forEach((name, value) -> {
            openArea(areaOf(name));
            WebElement field = browser.findElement(By.id(name));
            field.clear();
            field.sendKeys(value);
        });
    }

    /** Every field of the form by name, with its value. */
    @SuppressWarnings("unchecked")
    private Map<String, String> formValues() {
        Object values = ((JavascriptExecutor) browser).executeScript(
                "var out = {}; document.querySelectorAll('[data-action-plan] [name]').forEach(function (f) { out[f.name] = f.value; }); return out;");
        return new LinkedHashMap<>((Map<String, String>) values);
    }

    private Map<String, String> filled() {
        Map<String, String> out = new LinkedHashMap<>();
        formValues().forEach((k, v) -> { if (!v.isEmpty()) out.put(k, v); });
        return out;
    }

    private int rows(ActionPlan.Priority p) {
        return browser.findElements(By.cssSelector("[data-priority='" + p.id() + "'] [data-action]")).size();
    }

    private void click(String selector) {
        browser.findElement(By.cssSelector(selector)).click();
    }

    private String status() {
        return message("[data-status]");
    }

    private String message(String selector) {
        Chromium.waiting(browser, Duration.ofSeconds(10))
                .until(b -> !b.findElement(By.cssSelector(selector)).getText().isBlank());
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private Path downloaded(String name) {
        return Chromium.downloaded(browser, downloads, name);
    }

    private String storedOnDevice() {
        return (String) ((JavascriptExecutor) browser).executeScript("return window.localStorage.getItem('guide-action-plan');");
    }

    @Test
    void nothingIsStoredUntilTheReaderSaves_thenAnswersComeBackAfterReload_andDeleteRemovesThem() {
        // On a phone's width, as most readers will fill it in.
        browser.manage().window().setSize(Chromium.PHONE);
        browser.navigate().refresh();
        Map<String, String> answers = answers();
        fill(answers);
        assertThat(storedOnDevice()).as("stored before the reader chose to save").isNull();

        click("[data-save]");
        assertThat(status()).contains("saved on this device");
        browser.navigate().refresh();
        assertThat(filled()).isEqualTo(answers);
        assertThat(rows(first())).isEqualTo(ADDED);
        assertThat(message("[data-notice]")).contains("put back");

        // Once saving is chosen, later changes are kept as the reader types.
        openArea(last());
        browser.findElement(By.id(ActionPlan.completedField(last()))).sendKeys("1/3/2026");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id(ActionPlan.completedField(last()))).getAttribute("value")).isEqualTo("1/3/2026");

        click("[data-delete]");
        assertThat(status()).contains("deleted");
        assertThat(filled()).isEmpty();
        assertThat(storedOnDevice()).isNull();
        browser.navigate().refresh();
        assertThat(filled()).isEmpty();
        assertThat(rows(first())).isEqualTo(ActionPlan.BLANK_ROWS);
    }

    @Test
    void rowsCanBeAddedAndRemovedAndAreRenumbered() {
        ActionPlan.Priority p = first();
        openArea(p);
        ActionPlan.Column action = plan.columns().get(0);
        browser.findElement(By.id(ActionPlan.cellField(p, 2, action))).sendKeys("second");
        browser.findElement(By.id(ActionPlan.cellField(p, 3, action))).sendKeys("third");
        click("[data-priority='" + p.id() + "'] [data-action]:nth-child(2) [data-remove-action]");
        assertThat(rows(p)).isEqualTo(ActionPlan.BLANK_ROWS - 1);
        assertThat(browser.findElement(By.id(ActionPlan.cellField(p, 2, action))).getAttribute("value")).isEqualTo("third");
        assertThat(browser.findElements(By.cssSelector("[data-priority='" + p.id() + "'] [data-action-legend]")))
                .extracting(WebElement::getText).containsExactlyElementsOf(
                        java.util.stream.IntStream.range(1, ActionPlan.BLANK_ROWS).mapToObj(n -> "Action " + n).toList());
        assertThat(browser.findElement(By.cssSelector("label[for='" + ActionPlan.cellField(p, 2, action) + "']")).getText())
                .isEqualTo(action.label());
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo(ActionPlan.cellField(p, 2, action));
    }

    @Test
    void theFilledSpreadsheetHasEveryAnswerInItsCellAsTextAndTheBlankLayout() throws Exception {
        Map<String, String> answers = answers();
        fill(answers);
        click("[data-download-xlsx]");
        byte[] xlsx = Files.readAllBytes(downloaded("action-plan.xlsx"));
        Map<String, Map<PlanFixture.At, Cell>> book = PlanFixture.cells(xlsx);
        assertThat(book.keySet()).containsExactlyElementsOf(layout.sheets().stream().map(PlanSheets.Sheet::name).toList());

        for (PlanSheets.Sheet sheet : layout.sheets()) {
            Map<PlanFixture.At, Cell> cells = book.get(sheet.name());
            // Laid out like the blank one: every text of the blank sheet is in the same cell.
            for (PlanSheets.Cell c : sheet.cells()) {
                if (c.text().isEmpty()) continue;
                assertThat(cells.get(new PlanFixture.At(c.row(), c.col()))).as(sheet.name() + " " + c).isNotNull()
                        .extracting(Cell::getText).isEqualTo(c.text());
            }
            for (PlanSheets.Field f : sheet.fields()) {
                Cell cell = cells.get(new PlanFixture.At(f.row(), f.col()));
                String expected = answers.get(f.name());
                if (expected == null) {
                    assertThat(cell).as(f.name()).isNull();
                } else {
                    assertThat(cell).as(f.name()).isNotNull();
                    assertThat(cell.getText()).as(f.name()).isEqualTo(expected);
                    assertThat(cell.getType()).as(f.name()).isEqualTo(CellType.STRING);
                    assertThat(cell.getFormula()).as(f.name()).isNull();
                }
            }
        }
        // A row added by the reader sits right after the blank workbook's last row.
        PlanSheets.Sheet sheet = layout.sheets().get(0);
        Cell added = book.get(sheet.name()).get(new PlanFixture.At(sheet.table().rowOf(ADDED), 0));
        assertThat(added.getText()).isEqualTo("-Review referral routes");
    }

    @Test
    void aCopyOfThePageWithoutTheWorkbookFilesSaysSoAndKeepsTheAnswers() {
        Map<String, String> answers = answers();
        fill(answers);
        Map<String, String> before = formValues();
        // As in a copy of the page saved without the files beside it.
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('[data-action-plan]').setAttribute('data-layout-src', 'missing-layout.js');");
        click("[data-download-xlsx]");
        assertThat(status()).contains("could not be made", "Your answers have not been changed");
        assertThat(formValues()).isEqualTo(before);
    }

    @Test
    void theBlankWorkbookOfTheSiteIsTheBytesThePageWritesWithNoAnswers() throws Exception {
        byte[] site = Files.readAllBytes(guide.site().resolve("action-plan/" + ActionPlanDownloads.XLSX));
        // What the page's script writes for no answers, read out of the page as bytes (the page loads
        // the workbook writer when it is first asked for a workbook).
        @SuppressWarnings("unchecked")
        List<Long> written = (List<Long>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var l = document.createElement('script');"
                        + "l.src = document.querySelector('[data-action-plan]').getAttribute('data-layout-src');"
                        + "l.onload = function () { var s = document.createElement('script'); s.src = 'workbook.js'; s.onload = function () {"
                        + "done(Array.prototype.slice.call(window.ActionPlanWorkbook.write(window.ActionPlanWorkbookLayout, {}))); };"
                        + "document.body.appendChild(s); };"
                        + "document.body.appendChild(l);");
        byte[] page = new byte[written.size()];
        for (int i = 0; i < page.length; i++) page[i] = written.get(i).byteValue();
        assertThat(page).as("the page's workbook with no answers").isEqualTo(site);
        // And what the reader downloads from an empty form is the same file.
        click("[data-download-xlsx]");
        assertThat(Files.readAllBytes(downloaded("action-plan.xlsx"))).isEqualTo(site);
    }

    @Test
    void theSaveFileLoadsBackToTheSameAnswers() throws Exception {
        Map<String, String> answers = answers();
        fill(answers);
        Map<String, String> before = formValues();
        click("[data-download-save]");
        Path file = downloaded("action-plan-answers.json");
        assertThat(Files.readString(file)).contains("\"format\": \"guide-action-plan\"", "\"version\": 1");

        click("[data-delete]");
        assertThat(filled()).isEmpty();
        // An empty page: loading replaces nothing, so it does not ask.
        browser.findElement(By.cssSelector("[data-load]")).sendKeys(file.toAbsolutePath().toString());
        Chromium.waiting(browser, Duration.ofSeconds(10))
                .until(b -> b.findElement(By.cssSelector("[data-status]")).getText().contains("loaded"));
        assertThat(formValues()).isEqualTo(before);
        assertThat(filled()).isEqualTo(answers);
    }

    @Test
    void aBrokenOrForeignFileIsRefusedAndTheAnswersStayAsTheyWere() throws Exception {
        fill(answers());
        Map<String, String> before = formValues();
        Path broken = downloads.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"guide-action-plan\", \"version\": 1, \"answers\": {\"x\": ", StandardCharsets.UTF_8);
        Path foreign = downloads.resolve("foreign.json");
        Files.writeString(foreign, "{\"name\": \"a different tool\", \"answers\": {\"wider-conditions.going-well\": \"overwritten\"}}",
                StandardCharsets.UTF_8);
        for (Path file : List.of(broken, foreign)) {
            browser.findElement(By.cssSelector("[data-load]")).sendKeys(file.toAbsolutePath().toString());
            WebElement message = Chromium.waiting(browser, Duration.ofSeconds(10))
                    .until(b -> b.findElement(By.cssSelector("[data-load-error]")));
            assertThat(message.getText()).contains("could not be loaded").contains("have not been changed");
            assertThat(formValues()).as(file.getFileName().toString()).isEqualTo(before);
        }
    }

    @Test
    void anImpossibleReviewDateShowsTheErrorSummaryWithFocusAndALinkToTheField() {
        String name = ActionPlan.cellField(first(), 1, plan.columns().stream().filter(ActionPlan.Column::date).findFirst().orElseThrow());
        openArea(first());
        browser.findElement(By.id(name)).sendKeys("31/02/2026");
        // The wrong date is in one area; the summary is found from another.
        openArea(last());
        click("[data-save]");
        WebElement summary = browser.findElement(By.cssSelector("[data-error-summary]"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        WebElement link = summary.findElement(By.cssSelector("a"));
        assertThat(link.getAttribute("href")).endsWith("#" + name);
        assertThat(link.getText()).contains("must be a real date").contains(first().title());
        assertThat(browser.findElement(By.id(name)).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(storedOnDevice()).as("nothing saved while a date is wrong").isNull();
        link.click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo(name);
        assertThat(browser.findElement(By.id(last().id())).isDisplayed()).as("the other area steps aside").isFalse();

        // A real date clears the error.
        WebElement field = browser.findElement(By.id(name));
        field.clear();
        field.sendKeys("28/02/2026");
        click("[data-save]");
        assertThat(summary.isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".ap-error-message"))).isEmpty();
    }

    @Test
    void theQuestionsAreInTheSitesSearchUnderTheirPriorityArea() throws IOException {
        // The search index holds the section anchors, its text parts (search-text-N.js) the questions.
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(guide.site().resolve("search"))) {
            for (var f : files.filter(f -> f.getFileName().toString().startsWith("search-")).sorted().toList()) all.append(Files.readString(f, StandardCharsets.UTF_8));
        }
        String store = all.toString();
        for (ActionPlan.Priority p : plan.priorities()) {
            assertThat(store).contains("\"" + p.id() + "-title\"");
            assertThat(store).contains(p.questions().get(0).text().replaceAll("\\s+", " "));
        }
    }

    @Test
    void withoutJavaScriptTheFormReadsWithEveryQuestionAndTheControlsStayHidden() {
        WebDriver withScript = browser;
        browser = Chromium.start(false, Chromium.PHONE, null);
        try {
            withoutJavaScript();
        } finally {
            browser.quit();
            browser = withScript;
        }
    }

    private void withoutJavaScript() {
        browser.get(guide.url(PAGE));
        String text = browser.findElement(By.tagName("main")).getText().replaceAll("\\s+", " ");
        for (ActionPlan.Priority p : plan.priorities()) {
            assertThat(text).contains(p.title());
            for (ActionPlan.Question q : p.questions()) assertThat(text).contains(q.text().replaceAll("\\s+", " "));
            assertThat(rows(p)).isEqualTo(ActionPlan.BLANK_ROWS);
            assertThat(browser.findElement(By.id(p.id())).isDisplayed()).as("every area shows").isTrue();
        }
        // The overview is a list of in-page links to the areas.
        assertThat(browser.findElements(By.cssSelector("[data-area-link]"))).extracting(e -> e.getAttribute("href"))
                .allMatch(h -> h.contains("#"));
        assertThat(browser.findElement(By.cssSelector("[data-no-script]")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#ap-keep")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("[data-add-action]"))).noneMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.cssSelector("a[data-action-plan-download=xlsx]")).getAttribute("href"))
                .endsWith("action-plan/action-plan.xlsx");
    }
}
