package guide.serve;

import guide.problem.Problem;
import org.jsoup.nodes.Entities;

import java.util.List;

/** The page the preview shows while the sources have problems: each one with its file, line and fix. */
final class ProblemPage {
    private ProblemPage() {}

    static String render(List<Problem> problems) {
        StringBuilder items = new StringBuilder();
        for (Problem p : problems) {
            items.append("<li><p><strong>").append(esc(p.file() + (p.line() > 0 ? ":" + p.line() : ""))).append("</strong> ")
                    .append(esc(p.message())).append("</p>");
            if (p.fix() != null && !p.fix().isBlank()) items.append("<p>Fix: ").append(esc(p.fix())).append("</p>");
            items.append("</li>");
        }
        return """
                <!DOCTYPE html>
                <html lang="en-GB"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Problems to fix - preview</title></head>
                <body style="font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
                <main><h1>The preview has %s to fix</h1>
                <p>Save the file after fixing it: this page updates by itself.</p>
                <ol>%s</ol></main>
                <script src="/__preview/reload.js"></script>
                </body></html>
                """.formatted(guide.problem.Tally.describe(problems), items);
    }

    private static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }
}
