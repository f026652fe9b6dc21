package guide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import guide.edition.Drift;
import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.problem.Problem;
import guide.sources.SourceTree;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A local preview: serves the built site on 127.0.0.1, watches the sources, rebuilds on every save (with
 * Asciidoctor kept warm in this JVM) and tells open pages to reload. A change to a file in assets/ is
 * copied straight across; anything else rebuilds the site. While the last build has problems, every page
 * shows them instead of a stale page.
 */
public final class PreviewServer {
    static final String PREFIX = "/__preview/";
    private static final String RELOAD_JS = """
            (function () {
              var events = new EventSource('/__preview/events');
              events.onmessage = function () { location.reload(); };
            }());
            """;

    /** Quiet time that ends an editor's burst of events; long enough for a temp file's rename to follow its write. */
    static final long SETTLE_MS = 40;
    private final Pipeline pipeline;
    private final Path root;
    private final Path output;
    private final int port;
    private final PrintStream out;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Problem> problems = List.of();
    /** What the last rebuild said about out-of-date copies in local/, so it is said again only when it changes. */
    private List<String> drift = List.of();
    private HttpServer server;
    private volatile WatchService watcher;
    private volatile boolean stopped;

    public PreviewServer(Pipeline pipeline, Path root, Path output, int port, PrintStream out) {
        this.pipeline = pipeline.deferInBackground().onRepublished(this::notifyListeners);
        this.root = root.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.port = port;
        this.out = out;
    }

    /** Builds, starts serving, and watches until the process is stopped. */
    public void run() throws IOException, InterruptedException {
        start();
        out.println("Preview: http://127.0.0.1:" + port() + "/  (Ctrl+C to stop)");
        watch();
    }

    /** Watches the sources on a background thread (the preview keeps running until {@link #stop()}). */
    public void watchInBackground() {
        Thread t = new Thread(() -> {
            try {
                watch();
            } catch (IOException e) {
                out.println("Stopped watching: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "preview-watch");
        t.setDaemon(true);
        t.start();
    }

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** Builds once and starts the server; returns at once (tests use this). */
    public void start() throws IOException {
        rebuild();
        // The JDK's server otherwise waits for the browser's delayed acknowledgement (about 40 ms) before it
        // finishes each response: every page, style and script of the preview came 40 ms late. Read when the
        // JDK's server first starts in this JVM; anyone who set it keeps their value.
        if (System.getProperty(NO_DELAY) == null) System.setProperty(NO_DELAY, "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops serving and watching, and waits for a rebuild under way, so the sources can be deleted after. */
    public void stop() {
        stopped = true;
        WatchService w = watcher;
        if (w != null) {
            try {
                w.close();
            } catch (IOException e) {
                // closing: nothing left to do with it
            }
        }
        if (server != null) server.stop(0);
        synchronized (this) {
            // rebuild() holds this lock: taking it waits for the one under way.
        }
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Rebuilds the whole site and tells open pages to reload. A build that breaks is shown, never fatal. */
    public synchronized void rebuild() {
        if (stopped) return;
        try {
            long start = System.nanoTime(), cpu = processCpu();
            sayDrift();
            Pipeline.Result r = pipeline.build(root, output, true, new Progress(out));
            problems = r.failed() ? r.problems() : List.of();
            r.problems().forEach(out::println);
            String took = " (" + (System.nanoTime() - start) / 1_000_000 + " ms; CPU " + (processCpu() - cpu) / 1_000_000 + " ms)";
            out.println(r.failed() ? "Problems found" + took + ": the browser shows them until they are fixed." : "Rebuilt" + took + ".");
        } catch (RuntimeException | StackOverflowError e) {
            // A stage that should have reported a problem threw instead: keep serving, and say so.
            problems = List.of(Problem.error("(the build)", 0, "The build stopped unexpectedly: " + e,
                    "Undo your last change and save again; then report this message to the maintainers."));
            out.println(problems.get(0));
        }
        notifyListeners();
    }

    /** The CPU time of the whole process so far (every thread, the JVM's own included), in nanoseconds; 0 if unknown. */
    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * As the build does, first: the copies in local/ the guide has changed since (at start, and again when a
     * merge or the copy command changes what there is to say).
     */
    private void sayDrift() {
        List<String> now = Drift.report(root, Drift.COMMAND);
        if (now.equals(drift)) return;
        if (now.isEmpty()) out.println("Your copies in local/ now follow the guide's current versions.");
        now.forEach(out::println);
        drift = now;
    }

    /** A change under assets/ needs no rebuild: copy the file over and reload. */
    synchronized void copyAsset(Path changed) throws IOException {
        if (stopped) return;
        Path rel = root.resolve("assets").relativize(changed);
        Path target = output.resolve(rel);
        Files.createDirectories(target.getParent());
        Files.copy(changed, target, StandardCopyOption.REPLACE_EXISTING);
        out.println("Copied " + SourceTree.slashes(root.relativize(changed)));
        notifyListeners();
    }

    private void notifyListeners() {
        for (OutputStream listener : listeners) {
            try {
                listener.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        // Another site's page can point a name it owns at 127.0.0.1 (DNS rebinding) and read the preview:
        // its requests carry that name in Host, so answer only to the preview's own names.
        if (!isLocalHost(ex.getRequestHeaders().getFirst("Host"), port())) {
            send(ex, 421, "text/plain; charset=utf-8", ("This preview answers only at http://127.0.0.1:" + port()
                    + "/ or http://localhost:" + port() + "/.").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            send(ex, 405, "text/plain; charset=utf-8", "The preview only shows pages: it answers GET and HEAD.".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = ex.getRequestURI().getPath();
        if (path.equals(PREFIX + "events")) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            OutputStream body = ex.getResponseBody();
            body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
            listeners.add(body);
            return; // kept open; closed when the page goes away
        }
        if (path.equals(PREFIX + "reload.js")) {
            send(ex, 200, "text/javascript; charset=utf-8", RELOAD_JS.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!problems.isEmpty() && (path.endsWith("/") || path.endsWith(".html"))) {
            send(ex, 200, "text/html; charset=utf-8", ProblemPage.render(problems).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path file = output.resolve(path.substring(1)).normalize();
        if (!file.startsWith(output)) {
            send(ex, 403, "text/plain", "Forbidden".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!Files.isRegularFile(file)) {
            Path notFound = output.resolve("404.html");
            byte[] page = Files.isRegularFile(notFound) ? withReload(Files.readString(notFound)) : "Not found".getBytes();
            send(ex, 404, "text/html; charset=utf-8", page);
            return;
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            send(ex, 200, "text/html; charset=utf-8", withReload(Files.readString(file, StandardCharsets.UTF_8)));
        } else {
            send(ex, 200, contentType(name), Files.readAllBytes(file));
        }
    }

    /** Adds the reload script just before {@code </body>}: only in the preview, never in the built site. */
    static byte[] withReload(String html) {
        String tag = "<script src=\"" + PREFIX + "reload.js\"></script>";
        int at = html.lastIndexOf("</body>");
        String result = at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".json")) return "application/json";
        if (name.endsWith(".svg")) return "image/svg+xml";
        String guess = URLConnection.guessContentTypeFromName(name);
        return guess != null ? guess : "application/octet-stream";
    }

    /** True for {@code 127.0.0.1} or {@code localhost}, with no port or this server's port. */
    static boolean isLocalHost(String host, int port) {
        if (host == null) return false;
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        for (String name : List.of("127.0.0.1", "localhost")) {
            if (h.equals(name) || h.equals(name + ":" + port)) return true;
        }
        return false;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    private void watch() throws IOException, InterruptedException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            this.watcher = watcher;
            if (stopped) return;
            registerAll(watcher);
            while (true) {
                WatchKey key = watcher.take();
                // Editors save in bursts (truncate and write, or temp file then rename): take events until
                // none has come for SETTLE_MS, so the rebuild starts as soon as the burst stops.
                List<Path> changed = new ArrayList<>();
                do {
                    Path dir = (Path) key.watchable();
                    for (var event : key.pollEvents()) {
                        if (event.context() instanceof Path p) changed.add(dir.resolve(p));
                    }
                    key.reset();
                } while ((key = watcher.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null);
                registerAll(watcher); // new folders
                try {
                    handleChanges(changed);
                } catch (IOException e) {
                    out.println("Could not update the preview: " + e.getMessage());
                }
            }
        } catch (ClosedWatchServiceException e) {
            // stopped
        }
    }

    private void handleChanges(List<Path> changed) throws IOException {
        if (stopped) return;
        List<Path> relevant = changed.stream().filter(p -> !p.getFileName().toString().startsWith(".")
                && !p.getFileName().toString().endsWith("~")).toList();
        if (relevant.isEmpty()) return;
        Path assets = root.resolve("assets");
        // Component styles and scripts are joined into one file by the build, so they need a rebuild.
        Path components = assets.resolve("components");
        // A link is never copied across: the rebuild reports it instead.
        boolean onlyAssets = relevant.stream().allMatch(p -> p.startsWith(assets) && !p.startsWith(components)
                && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        if (onlyAssets && problems.isEmpty()) {
            for (Path p : relevant) copyAsset(p);
        } else {
            rebuild();
        }
    }

    private void registerAll(WatchService watcher) throws IOException {
        Set<String> roots = Set.of("content", "templates", "assets", SourceTree.OVERLAY);
        root.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (String r : roots) {
            Path dir = root.resolve(r);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path d : s.filter(Files::isDirectory).toList()) {
                    d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }
}
