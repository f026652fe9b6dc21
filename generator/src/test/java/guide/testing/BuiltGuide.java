package guide.testing;

import com.sun.net.httpserver.HttpServer;
import guide.pipeline.Pipeline;
import guide.pipeline.Progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real guide (content/, templates/, assets/ and any local/ at the repository root), built once per test
 * run with the standard pipeline and served on 127.0.0.1 for browser tests. With {@code -Dguide.edition=DIR}
 * the suite runs on a local edition instead: the guide with DIR's {@code local/} folder laid over it (e.g.
 * {@code -Dguide.edition=src/test/resources/editions/anytown}). Tests pick the pages they need from the
 * built site ({@link #first(String)}), never by file name, so they pass on any edition.
 */
public final class BuiltGuide {
    private static BuiltGuide instance;

    private final Path root;
    private final Path site;
    private final Pipeline.Result result;
    private final HttpServer server;

    private BuiltGuide(Path root, Path site) {
        this.root = root;
        this.site = site;
        this.result = WarmPipelines.standard().build(root, site, true, new Progress(System.out));
        if (result.failed()) {
            throw new IllegalStateException("The real guide does not build:\n" + result.problems());
        }
        this.server = serve(site);
    }

    /** The repository root (system property guide.root, set by the pom). */
    public static Path repositoryRoot() {
        return Path.of(System.getProperty("guide.root", "..")).toAbsolutePath().normalize();
    }

    public static synchronized BuiltGuide get() {
        if (instance == null) {
            Path root = sourceRoot();
            instance = new BuiltGuide(root, scratch("test-site"));
        }
        return instance;
    }

    /**
     * A folder of this test JVM's own: generator/target/NAME, or generator/target/fork-N/NAME in fork N when
     * the tests run in several JVMs side by side (the pom sets guide.test.fork), so that what a build keeps
     * beside its output (working copy, search-index cache) is never shared by two JVMs.
     */
    public static Path scratch(String name) {
        // "fork-N" from the pom (a value that is the placeholder alone would reach the JVM empty).
        String fork = System.getProperty("guide.test.fork", "").strip();
        Path target = repositoryRoot().resolve("generator/target");
        return fork.matches("fork-\\d+") ? target.resolve(fork).resolve(name) : target.resolve(name);
    }

    /** System property naming a folder whose local/ is laid over the guide for the whole suite. */
    public static final String EDITION = "guide.edition";

    /**
     * What the suite builds: the repository itself, or with {@value #EDITION} set, a copy of its guide in
     * generator/target/edition-under-test with that edition's local/ folder.
     */
    public static synchronized Path sourceRoot() {
        if (assembled != null) return assembled;
        String edition = System.getProperty(EDITION, "").strip();
        Path repo = repositoryRoot();
        if (edition.isEmpty()) return assembled = repo;
        Path from = Path.of(edition).toAbsolutePath().normalize();
        if (!Files.isDirectory(from.resolve("local"))) {
            throw new IllegalStateException(EDITION + "=" + edition + " has no local/ folder");
        }
        Path root = scratch("edition-under-test");
        try {
            guide.sources.SourceTree.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SiteFixture.ofTheGuide(root);
        SiteFixture.copyTree(from.resolve("local"), root.resolve("local"));
        return assembled = root;
    }

    private static Path assembled;

    /** The source file the build used for {@code path} (e.g. content/action-plan/questions.yml): local/'s copy if any. */
    public static Path effectiveSource(String path) {
        String edition = System.getProperty(EDITION, "").strip();
        Path overlay = edition.isEmpty() ? repositoryRoot().resolve("local") : Path.of(edition).toAbsolutePath().resolve("local");
        Path local = overlay.resolve(path);
        return Files.isRegularFile(local) ? local : repositoryRoot().resolve(path);
    }

    /** The address of the first published page of a type (priority, example, actionplan...) in reading order. */
    public String first(String type) {
        return all(type).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The built guide has no page of type " + type));
    }

    /** The addresses of every published page of a type, in reading order. */
    public List<String> all(String type) {
        return result.pages().all().stream().filter(p -> type.equals(p.manuscript().type())).map(p -> p.uri()).toList();
    }

    public Path root() { return root; }
    public Path site() { return site; }
    public Pipeline.Result result() { return result; }

    /** The address of a page, e.g. {@code url("framework/index.html")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** Every HTML page of the built site, as site-relative paths, sorted. */
    public List<String> htmlPages() {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal static server: the site as any static host would serve it. */
    public static HttpServer serve(Path site) {
        return serve(site, null);
    }

    /**
     * As {@link #serve(Path)}, writing every request to {@code log} as a host's access log would: the method,
     * the address as sent (path, query and all) and the Referer header.
     */
    public static HttpServer serve(Path site, List<String> log) {
        return serve(site, log, null);
    }

    /**
     * Holds back the site's scripts while it is shut, as a slow phone connection would: a test shuts it,
     * opens a page, waits until the page has been drawn, then opens it, so what the scripts change shows.
     */
    public static final class ScriptGate {
        private volatile java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(0);

        public void shut() {
            open = new java.util.concurrent.CountDownLatch(1);
        }

        public void open() {
            open.countDown();
        }

        /** Waits until the gate is open (at most 20 s, so that a test that forgets to open it fails on its own terms). */
        void pass() {
            try {
                open.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** As {@link #serve(Path, List)}, answering for scripts only once {@code gate} is open. */
    public static HttpServer serve(Path site, List<String> log, ScriptGate gate) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", ex -> {
                if (log != null) {
                    String referer = ex.getRequestHeaders().getFirst("Referer");
                    log.add(ex.getRequestMethod() + " " + ex.getRequestURI().toString() + (referer == null ? "" : " referer " + referer));
                }
                String path = ex.getRequestURI().getPath();
                Path file = site.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) file = file.resolve("index.html");
                byte[] body;
                int status = 200;
                if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                    status = 404;
                    Path nf = site.resolve("404.html");
                    body = Files.isRegularFile(nf) ? Files.readAllBytes(nf) : "Not found".getBytes();
                    file = nf;
                } else {
                    body = Files.readAllBytes(file);
                }
                String name = file.getFileName().toString();
                if (name.endsWith(".js") && gate != null) gate.pass();
                String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                        : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                        : name.endsWith(".json") ? "application/json" : name.endsWith(".svg") ? "image/svg+xml"
                        : URLConnection.guessContentTypeFromName(name) != null ? URLConnection.guessContentTypeFromName(name)
                        : "application/octet-stream";
                ex.getResponseHeaders().set("Content-Type", type);
                ex.sendResponseHeaders(status, body.length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(body);
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "test-site");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
