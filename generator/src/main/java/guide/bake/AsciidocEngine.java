package guide.bake;

import guide.problem.Problem;
import guide.problem.Problems;
import guide.sources.SourceTree;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * JBake's markup engine for AsciiDoc, replacing JBake's own: it parses each file once (JBake's reads the
 * header and then the whole file again), runs Asciidoctor in SAFE mode (JBake's forces UNSAFE), turns
 * Asciidoctor's log into problems at the source line, and records a {@link Manuscript} for later stages.
 */
public final class AsciidocEngine extends MarkupEngine {
    private static final String CONVERTED = "guide.converted";
    private final Asciidoctor asciidoctor;
    private final Manuscripts manuscripts;
    private final SourceTree sources;
    private final Problems problems;
    /** Asciidoctor's log goes here while one file is converted (files are converted one at a time). */
    private final List<LogRecord> log = new CopyOnWriteArrayList<>();

    public AsciidocEngine(Asciidoctor asciidoctor, SourceTree sources, Manuscripts manuscripts, Problems problems) {
        this.asciidoctor = asciidoctor;
        this.sources = sources;
        this.manuscripts = manuscripts;
        this.problems = problems;
    }

    /** The handler to register once on the shared Asciidoctor; it feeds whichever engine is converting. */
    public static final class LogRouter implements LogHandler {
        private volatile List<LogRecord> target;

        @Override
        public void log(LogRecord record) {
            List<LogRecord> t = target;
            if (t != null) t.add(record);
        }

        void route(List<LogRecord> to) {
            target = to;
        }
    }

    /** One router per Asciidoctor instance: a log handler cannot be removed once registered. */
    private static final Map<Asciidoctor, LogRouter> ROUTERS = new java.util.WeakHashMap<>();

    /** The log router of this Asciidoctor instance, registered on first use. */
    public static synchronized LogRouter router(Asciidoctor asciidoctor) {
        return ROUTERS.computeIfAbsent(asciidoctor, a -> {
            LogRouter router = new LogRouter();
            a.registerLogHandler(router);
            return router;
        });
    }

    @Override
    public void processHeader(ParserContext context) {
        Path file = context.getFile().toPath().toAbsolutePath().normalize();
        String origin = sources.origin(file);
        List<String> lines = context.getFileLines();
        log.clear();
        LogRouter r = router(asciidoctor);
        Document doc;
        String html;
        r.route(log);
        try {
            doc = asciidoctor.loadFile(file.toFile(), options(file));
            html = doc.convert();
        } finally {
            r.route(null);
        }
        for (LogRecord record : log) {
            Problem problem = toProblem(origin, record, lines);
            if (problem != null) problems.add(problem);
        }

        Map<String, String> attributes = new TreeMap<>();
        for (Map.Entry<String, Object> e : doc.getAttributes().entrySet()) {
            if (e.getValue() instanceof String s && isHeaderAttribute(lines, e.getKey())) {
                attributes.put(e.getKey(), s);
            }
        }
        String type = attributes.getOrDefault("jbake-type", "page").trim();
        boolean draft = "draft".equals(attributes.getOrDefault("jbake-status", "published").trim());
        // Asciidoctor gives the title as HTML (a typographic apostrophe is &#8217;); templates escape text themselves.
        String title = doc.getDoctitle() == null ? null : plain(doc.getDoctitle());
        String uri = uriOf(file);

        DocumentModel model = context.getDocumentModel();
        model.setType(type);
        model.setStatus(draft ? "draft" : "published");
        model.setTitle(title == null ? "" : title);
        // A fixed date: JBake would otherwise use the file's modification time, which differs per clone.
        model.setDate(new Date(0));
        model.put(CONVERTED, html);

        manuscripts.add(new Manuscript(file, origin, uri, title, type, draft, attributes, headings(doc),
                List.copyOf(lines)), html);
    }

    @Override
    public void processBody(ParserContext context) {
        // The body was converted together with the header, in one parse; JBake has since replaced it
        // with the raw source, so put the HTML back.
        DocumentModel model = context.getDocumentModel();
        model.setBody((String) model.remove(CONVERTED));
    }

    private Options options(Path file) {
        Attributes attributes = Attributes.builder()
                .attribute("idprefix", "")
                .attribute("idseparator", "-")
                .attribute("outfilesuffix", ".html")
                .attribute("attribute-missing", "warn")
                .attribute("!webfonts")
                .attribute("!icons")
                .attribute("sectids")
                .build();
        return Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(file.getParent().toFile())
                .standalone(false)
                .sourcemap(true)
                .attributes(attributes)
                .build();
    }

    /** Only attributes written in the file's header count as page metadata (not Asciidoctor's defaults). */
    private static boolean isHeaderAttribute(List<String> lines, String name) {
        String prefix = ":" + name + ":";
        for (String line : lines) {
            if (line.isBlank()) return false; // the header ends at the first blank line
            if (line.startsWith(prefix)) return true;
        }
        return false;
    }

    private String uriOf(Path file) {
        String rel = SourceTree.slashes(sources.content().relativize(file));
        int dot = rel.lastIndexOf('.');
        return (dot > 0 ? rel.substring(0, dot) : rel) + ".html";
    }

    private static List<Manuscript.Heading> headings(Document doc) {
        List<Manuscript.Heading> out = new ArrayList<>();
        collect(doc, out);
        return List.copyOf(out);
    }

    private static void collect(StructuralNode node, List<Manuscript.Heading> out) {
        for (StructuralNode child : node.getBlocks()) {
            if (child instanceof Section s && s.getLevel() <= 2) {
                out.add(new Manuscript.Heading(s.getId(), plain(s.getTitle()), s.getLevel()));
                collect(s, out);
            }
        }
    }

    /** Section titles come back as HTML; the contents list wants text (the template escapes it). */
    private static String plain(String html) {
        return org.jsoup.Jsoup.parse(html == null ? "" : html).text();
    }

    private static Problem toProblem(String origin, LogRecord record, List<String> lines) {
        int line = record.getCursor() == null ? 0 : Math.max(0, record.getCursor().getLineNumber());
        String message = record.getMessage();
        if (line == 0 && message != null && message.contains(": ")) {
            // Some messages carry no location but name what they are about last ("...: some-id").
            String subject = message.substring(message.lastIndexOf(": ") + 2).strip();
            for (int i = 0; i < lines.size() && !subject.isEmpty(); i++) {
                if (lines.get(i).contains(subject)) {
                    line = i + 1;
                    break;
                }
            }
        }
        boolean error = record.getSeverity().ordinal() >= Severity.WARN.ordinal();
        return AsciidocAdvice.problem(origin, line, error, message, lines);
    }

    /** JBake calls this to decide whether to render; our header pass already did the work. */
    @Override
    public boolean validate(ParserContext context) {
        return true;
    }

}
