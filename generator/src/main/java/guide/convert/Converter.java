package guide.convert;

import guide.problem.Problem;
import guide.problem.Problems;
import guide.sources.SourceTree;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Converts each AsciiDoc page under {@code content/} to a {@link Manuscript}, in memory, with AsciidoctorJ
 * in SERVER safe mode (SAFE, and the page cannot see the build machine's folders): includes stay inside
 * the page's folder, the attributes that would publish a path or the clock are locked, and Asciidoctor's
 * log becomes problems at the source line. Whatever a file holds (bad encoding, nothing, a list nested
 * too deep for the parser, an Asciidoctor failure), it ends as a {@link Problem} naming the file the
 * author edits, never as an exception. Each page is converted on its own, so pages can be converted on
 * any thread.
 */
public final class Converter implements AutoCloseable {
    /** The file endings of AsciiDoc pages. */
    public static final List<String> EXTENSIONS = List.of("adoc", "asciidoc", "ad");

    /**
     * Fixed for every page, whatever the page says: each would otherwise publish the build machine's
     * folders or the time of the build (and so make two builds differ). SERVER mode already empties
     * {@code docdir} and sets {@code user-home} to "."; {@code docfile} is trimmed to the file's name.
     */
    static final Map<String, String> LOCKED = lockedAttributes();

    private final Asciidoctor asciidoctor;
    /** Asciidoctor logs on the thread that converts: each conversion collects its own records. */
    private final ThreadLocal<List<LogRecord>> log = new ThreadLocal<>();
    private final LogHandler handler = record -> {
        List<LogRecord> records = log.get();
        if (records != null) records.add(record);
    };

    public Converter(Asciidoctor asciidoctor) {
        this.asciidoctor = asciidoctor;
        asciidoctor.registerLogHandler(handler);
    }

    /** One page's outcome: the manuscript (null when the page could not be read) and its problems. */
    public record Result(Manuscript manuscript, List<Problem> problems) {}

    /**
     * Converts every page of the gathered sources, drafts included, and reports every problem at once.
     * Pages are converted side by side on every core (one Asciidoctor serves them all: AsciidoctorJ 2.5.13
     * converts in parallel safely), and collected in file order, so the result does not depend on timing.
     */
    public Manuscripts convert(SourceTree sources, Problems problems) {
        List<Path> files = pages(sources.content());
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        List<Result> results = new ArrayList<>();
        if (threads == 1) {
            for (Path file : files) results.add(convert(sources, file));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                // JRuby recurses deeply on nested AsciiDoc: a roomy stack, whatever the JVM's default.
                Thread t = new Thread(null, r, "convert", 16L << 20);
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Result>> futures = new ArrayList<>();
                for (Path file : files) futures.add(pool.submit(() -> convert(sources, file)));
                for (Future<Result> f : futures) results.add(await(f));
            } finally {
                pool.shutdownNow();
            }
        }
        List<Manuscript> out = new ArrayList<>();
        for (Result r : results) {
            problems.addAll(r.problems());
            if (r.manuscript() != null) out.add(r.manuscript());
        }
        return new Manuscripts(out);
    }

    private static Result await(Future<Result> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while converting pages", e);
        } catch (ExecutionException e) {
            // convert(sources, file) turns everything a page holds into a problem; anything else is ours.
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The AsciiDoc files under {@code content}, sorted. */
    public static List<Path> pages(Path content) {
        if (!Files.isDirectory(content)) return List.of();
        try (Stream<Path> s = Files.walk(content)) {
            return s.filter(Files::isRegularFile).filter(p -> isPage(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isPage(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && !fileName.startsWith(".") && EXTENSIONS.contains(fileName.substring(dot + 1));
    }

    /** Converts one page. Never throws for anything the file holds. */
    public Result convert(SourceTree sources, Path file) {
        String origin = sources.origin(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(Problem.error(origin, 0, "The file could not be read: " + e.getMessage() + ".",
                    "Check the file is a plain text file you can open, then build again."));
        }
        int badLine = firstLineNotUtf8(bytes);
        if (badLine > 0) {
            return failed(Problem.error(origin, badLine, "This page is not saved as UTF-8 text, so its letters cannot be read.",
                    "Open the file in your editor and save it with the encoding 'UTF-8' (in most editors: Save As, then Encoding)."));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) {
            return failed(Problem.error(origin, 0, "The page file is empty.",
                    "Write the page: a title line starting with '= ', its header lines, a blank line, then its text. "
                            + "If the page is not wanted, delete the file."));
        }
        List<String> lines = text.lines().toList();
        Problem deep = listTooDeep(origin, lines);
        if (deep != null) return failed(deep);
        List<LogRecord> records = new ArrayList<>();
        Document doc;
        String html;
        log.set(records);
        try {
            doc = asciidoctor.load(text, options(file));
            html = doc.convert();
        } catch (StackOverflowError e) {
            return failed(tooDeep(origin, lines));
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("SystemStackError") || String.valueOf(e.getMessage()).contains("stack level too deep")) {
                return failed(tooDeep(origin, lines));
            }
            return failed(Problem.error(origin, 0, "Asciidoctor could not convert this page: " + firstLine(scrub(e.getMessage(), sources)) + ".",
                    "Look for an unfinished block or an unusual line near the change you made last, "
                            + "and compare it with the AsciiDoc examples in CONTRIBUTING.md."));
        } finally {
            log.remove();
        }
        List<Problem> problems = new ArrayList<>();
        for (LogRecord record : records) {
            Problem problem = toProblem(origin, record, lines, sources);
            if (problem != null) problems.add(problem); // null: a message the checks report better
        }

        Map<String, String> attributes = new TreeMap<>();
        for (Map.Entry<String, Object> e : doc.getAttributes().entrySet()) {
            if (e.getValue() instanceof String s && isHeaderAttribute(lines, e.getKey())) attributes.put(e.getKey(), s);
        }
        String type = attributes.getOrDefault("jbake-type", "page").trim();
        boolean draft = "draft".equals(attributes.getOrDefault("jbake-status", "published").trim());
        // Asciidoctor gives the title as HTML (a typographic apostrophe is &#8217;); templates escape text themselves.
        String title = doc.getDoctitle() == null ? null : plain(doc.getDoctitle());
        Manuscript m = new Manuscript(origin, uriOf(sources.content().relativize(file)), title, type, draft,
                attributes, headings(doc), lines, html);
        return new Result(m, problems);
    }

    private static Result failed(Problem p) {
        return new Result(null, List.of(p));
    }

    /**
     * The page's address: its path under content/ with {@code .html} for the AsciiDoc ending, letters as
     * written (JBake would percent-encode them, and then the file and every link to it disagree).
     */
    public static String uriOf(Path relative) {
        String rel = SourceTree.slashes(relative);
        int dot = rel.lastIndexOf('.');
        return (dot > 0 ? rel.substring(0, dot) : rel) + ".html";
    }

    private static Options options(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        AttributesBuilder attributes = Attributes.builder()
                .attribute("idprefix", "")
                .attribute("idseparator", "-")
                .attribute("outfilesuffix", ".html")
                .attribute("attribute-missing", "warn")
                .attribute("!webfonts")
                .attribute("!icons")
                .attribute("sectids")
                // As when Asciidoctor reads the file itself: a link to the page itself stays on the page.
                .attribute("docfile", file.toAbsolutePath().toString())
                .attribute("docname", dot > 0 ? name.substring(0, dot) : name)
                .attribute("docfilesuffix", dot > 0 ? name.substring(dot) : "");
        LOCKED.forEach(attributes::attribute);
        return Options.builder()
                .safe(SafeMode.SERVER)
                .baseDir(file.getParent().toFile())
                .standalone(false)
                .sourcemap(true)
                .attributes(attributes.build())
                .build();
    }

    private static Map<String, String> lockedAttributes() {
        Map<String, String> m = new TreeMap<>();
        for (String clock : List.of("localdate", "localtime", "localdatetime", "localyear",
                "docdate", "doctime", "docdatetime", "docyear")) {
            m.put(clock, "");
        }
        m.put("user-home", ".");
        m.put("outdir", "");
        m.put("outfile", "");
        return m;
    }

    /** The 1-based line holding the first byte that is not UTF-8; 0 when all of it is. */
    static int firstLineNotUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        if (!result.isError()) return 0;
        int line = 1;
        for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
        return line;
    }

    /** More list levels than any page needs; far fewer than make Asciidoctor's parser run out of stack. */
    static final int MAX_LIST_DEPTH = 10;
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(\\*+|\\.+)\\s+\\S");

    /**
     * A list nested deeper than {@link #MAX_LIST_DEPTH}, found before Asciidoctor reads the page, so the
     * answer does not depend on how much stack the machine gives the build.
     */
    static Problem listTooDeep(String origin, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LIST_MARKER.matcher(lines.get(i));
            if (m.find() && m.group(1).length() > MAX_LIST_DEPTH) {
                return Problem.error(origin, i + 1, "This list item is " + m.group(1).length() + " levels deep; the build reads at most "
                                + MAX_LIST_DEPTH + ".",
                        "Use at most " + MAX_LIST_DEPTH + " levels of list (* to " + "*".repeat(MAX_LIST_DEPTH)
                                + "); most pages need no more than three.");
            }
        }
        return null;
    }

    /** Lists and blocks nest too deep for Asciidoctor's parser: point at the most deeply marked line. */
    private static Problem tooDeep(String origin, List<String> lines) {
        int deepest = 0, at = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int run = 0;
            while (run < l.length() && (l.charAt(run) == '*' || l.charAt(run) == '.' || l.charAt(run) == '=' || l.charAt(run) == '-')) run++;
            if (run > deepest) {
                deepest = run;
                at = i + 1;
            }
        }
        return Problem.error(origin, at, "This page nests lists or blocks too deeply for the build to read.",
                "Use at most five levels of list (* to *****) and do not put blocks inside blocks more than a few deep.");
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

    /** Messages name files by where the build copied them: name them as the author knows them. */
    private static String scrub(String message, SourceTree sources) {
        if (message == null) return "";
        return message.replace(sources.work().toString() + "/", "").replace(sources.root().toString() + "/", "")
                .replace(System.getProperty("user.home"), "~");
    }

    private static int lineWith(List<String> lines, String first, String second) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(first) && lines.get(i).contains(second)) return i + 1;
        }
        return 0;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static Problem toProblem(String origin, LogRecord record, List<String> lines, SourceTree sources) {
        int line = record.getCursor() == null ? 0 : Math.max(0, record.getCursor().getLineNumber());
        String message = scrub(record.getMessage(), sources);
        if (line == 0 && message.contains(": ")) {
            // Some messages carry no location but name what they are about last ("...: some-id").
            String subject = message.substring(message.lastIndexOf(": ") + 2).strip();
            for (int i = 0; i < lines.size() && !subject.isEmpty(); i++) {
                if (lines.get(i).contains(subject)) {
                    line = i + 1;
                    break;
                }
            }
        }
        if (line == 0 && message.contains("jail")) line = lineWith(lines, "include::", "..");
        boolean error = record.getSeverity().ordinal() >= Severity.WARN.ordinal();
        return AsciidocAdvice.problem(origin, line, error, message, lines);
    }

    /** Stops listening to Asciidoctor's log (the caller owns and closes Asciidoctor itself). */
    @Override
    public void close() {
        asciidoctor.unregisterLogHandler(handler);
    }
}
