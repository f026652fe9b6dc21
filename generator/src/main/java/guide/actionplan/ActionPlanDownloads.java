package guide.actionplan;

import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import guide.emit.Emitter.Started;
import guide.refine.Refinement;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Adds the blank workbook and the fillable PDF to the site next to the data file
 * (action-plan/action-plan.xlsx and .pdf), then finishes the form page before it is checked: its download links get their address and file size, and the
 * form gets the address of the workbook's layout, a small script beside the downloads
 * (action-plan/workbook-layout.js) that the page loads only when a reader asks for a workbook: kept out of
 * the page, it no longer weighs on every reader's first paint (about 15 KB of a phone's download). The blank workbook is written by the page's own script
 * (assets/action-plan/workbook.js, run here in GraalJS with no answers), so it is the very file the page
 * writes for a reader who has answered nothing.
 */
public final class ActionPlanDownloads implements Refinement {
    public static final String XLSX = "action-plan.xlsx";
    public static final String PDF = "action-plan.pdf";
    public static final String LAYOUT = "workbook-layout.js";
    /** What the layout script sets, for the page's script (assets/action-plan/action-plan.js) to read. */
    public static final String LAYOUT_GLOBAL = "window.ActionPlanWorkbookLayout";

    /** What the two downloads are made from, and the downloads made last from it (the preview rebuilds often; they take GraalJS and PDFBox). */
    private record Made(String json, byte[] script, ActionPlan plan, Texts texts, String language, byte[] xlsx, byte[] pdf) {
        boolean from(String json, byte[] script, ActionPlan plan, Texts texts, String language) {
            return this.json.equals(json) && java.util.Arrays.equals(this.script, script) && this.plan.equals(plan)
                    && this.texts.equals(texts) && this.language.equals(language);
        }
    }

    private volatile Made last;
    /** The downloads under way for the site being built, from {@link #begin}. */
    private record Begun(Site site, CompletableFuture<Made> making) {}

    private volatile Begun begun;

    /** Starts making the two downloads, each on a thread of its own: they need only the plan, not the pages. */
    @Override
    public void begin(Site site) {
        begun = new Begun(site, make(site));
    }

    private CompletableFuture<Made> make(Site site) {
        FormView view = ActionPlanModel.of(site);
        if (view == null) return null;
        ActionPlan plan = view.plan();
        Texts texts = new Texts(site.messages());
        String language = site.config().language();
        String json = LayoutJson.of(plan, PlanSheets.of(plan, texts));
        Path scriptFile = site.sources().assets().resolve(WorkbookScript.FILE);
        byte[] script = readOrEmpty(scriptFile);
        Made before = last;
        if (before != null && before.from(json, script, plan, texts, language)) return CompletableFuture.completedFuture(before);
        CompletableFuture<byte[]> xlsx = Started.beside("action-plan-workbook", () -> WorkbookScript.blank(scriptFile, json));
        CompletableFuture<byte[]> pdf = Started.beside("action-plan-pdf", () -> BlankForm.write(plan, texts, language));
        return xlsx.thenCombine(pdf, (x, p) -> new Made(json, script, plan, texts, language, x, p));
    }

    @Override
    public void refine(Pages pages, Site site) {
        Begun under = begun;
        begun = null;
        CompletableFuture<Made> making = under != null && under.site() == site ? under.making() : make(site);
        if (making == null) return;
        Made made;
        try {
            made = making.join();
        } catch (CompletionException e) {
            // As if made here: the build reports it as it reports any refinement's failure.
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        last = made;
        String folder = folder();
        byte[] xlsx = made.xlsx();
        byte[] pdf = made.pdf();
        String origin = ActionPlan.origin(site);
        site.catalogue().addBytes(folder + "/" + XLSX, origin, xlsx);
        site.catalogue().addBytes(folder + "/" + PDF, origin, pdf);
        // The JSON escapes <, > and & (LayoutJson), so it is a safe script literal whatever the questions say.
        site.catalogue().addBytes(folder + "/" + LAYOUT, origin,
                (LAYOUT_GLOBAL + " = " + made.json() + ";\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, byte[]> files = Map.of("xlsx", xlsx, "pdf", pdf);
        for (Page page : pages.all()) {
            if (!ActionPlanCheck.PAGE_TYPE.equals(page.manuscript().type())) continue;
            String root = "../".repeat(page.uri().split("/", -1).length - 1);
            files.forEach((kind, bytes) -> {
                String name = kind.equals("xlsx") ? XLSX : PDF;
                for (Element a : page.document().select("a[data-action-plan-download=" + kind + "]")) {
                    a.attr("href", root + folder + "/" + name);
                    a.attr("download", "");
                }
                for (Element size : page.document().select("[data-action-plan-size=" + kind + "]")) {
                    size.text(size.text() + ", " + kilobytes(bytes.length));
                }
            });
            for (Element form : page.document().select("[data-action-plan]")) {
                form.attr("data-layout-src", root + folder + "/" + LAYOUT);
            }
        }
    }

    private static byte[] readOrEmpty(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.readAllBytes(file) : new byte[0];
        } catch (java.io.IOException e) {
            return new byte[0]; // WorkbookScript reports a script it cannot read
        }
    }

    /** The data file's folder, where the downloads go: action-plan. */
    static String folder() {
        return ActionPlan.DATA_KEY.substring(0, ActionPlan.DATA_KEY.lastIndexOf('/'));
    }

    static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%d KB", Math.max(1, Math.round(bytes / 1024.0)));
    }
}
