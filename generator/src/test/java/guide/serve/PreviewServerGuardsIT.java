package guide.serve;

import guide.pipeline.Pipeline;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview answers only its own browser tab: its own host names, only reads, and it outlives a bad file. */
class PreviewServerGuardsIT {
    @TempDir
    static Path dir;
    static SiteFixture site;
    static PreviewServer server;

    @BeforeAll
    static void start() throws Exception {
        site = SiteFixture.copy("minimal", dir);
        server = new PreviewServer(new Pipeline(), site.root(), site.root().resolve("target/preview"), 0,
                new PrintStream(OutputStream.nullOutputStream()));
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    /** A raw request, so the Host header is exactly what a hostile page's browser would send. */
    private static String request(String method, String host) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            String head = method + " /index.html HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n";
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            try (InputStream in = s.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    @Test
    void itAnswersAtItsOwnAddressesOnly() throws Exception {
        int port = server.port();
        assertThat(status(request("GET", "127.0.0.1:" + port))).isEqualTo(200);
        assertThat(status(request("GET", "localhost:" + port))).isEqualTo(200);
        assertThat(status(request("GET", "LOCALHOST"))).isEqualTo(200);
        for (String host : new String[] {"evil.example", "evil.example:" + port, "127.0.0.1.evil.example:" + port,
                "localhost:" + (port + 1), "127.0.0.2:" + port}) {
            String response = request("GET", host);
            assertThat(status(response)).as(host).isEqualTo(421);
            assertThat(response).contains("This preview answers only at http://127.0.0.1:" + port + "/").doesNotContain("<html");
        }
    }

    @Test
    void itAnswersOnlyGetAndHead() throws Exception {
        String host = "127.0.0.1:" + server.port();
        for (String method : new String[] {"DELETE", "POST", "PUT", "PATCH", "OPTIONS"}) {
            String response = request(method, host);
            assertThat(status(response)).as(method).isEqualTo(405);
            assertThat(response).contains("Allow: GET, HEAD");
        }
        String head = request("HEAD", host);
        assertThat(status(head)).isEqualTo(200);
        assertThat(head).doesNotContain("<html");
        assertThat(site.root().resolve("target/preview/index.html")).exists();
    }

    @Test
    void itKeepsServingAfterAFileThatBreaksTheBuild() throws Exception {
        Path bad = site.root().resolve("content/part/latin1.adoc");
        Files.write(bad, "= Caf\u00e9\n:order: 50\n\nNa\u00efve text.\n".getBytes(StandardCharsets.ISO_8859_1));
        try {
            server.rebuild();
            assertThat(server.problems()).isNotEmpty();
            String response = request("GET", "127.0.0.1:" + server.port());
            assertThat(status(response)).isEqualTo(200);
            assertThat(response).contains("problem");
        } finally {
            Files.delete(bad);
        }
        server.rebuild();
        assertThat(server.problems()).isEmpty();
        assertThat(status(request("GET", "127.0.0.1:" + server.port()))).isEqualTo(200);
    }

    @Test
    void itSurvivesEveryHostileFixtureAndShowsItsProblems() throws Exception {
        Path minimal = Path.of("src/test/resources/sites/minimal").toAbsolutePath();
        Path hostile = Path.of("src/test/resources/hostile").toAbsolutePath();
        java.util.List<Path> fixtures;
        try (java.util.stream.Stream<Path> s = Files.list(hostile)) {
            fixtures = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(fixtures).hasSizeGreaterThan(10);
        for (Path fixture : fixtures) {
            SiteFixture.copyTree(fixture, site.root());
            server.rebuild();
            assertThat(server.problems()).as(fixture.getFileName().toString()).anyMatch(guide.problem.Problem::isError);
            String response = request("GET", "127.0.0.1:" + server.port());
            assertThat(status(response)).as(fixture.getFileName().toString()).isEqualTo(200);
            assertThat(response).contains("problem");
            // Undo: take the fixture's files away and put the minimal site's back.
            try (java.util.stream.Stream<Path> s = Files.walk(fixture)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) Files.deleteIfExists(site.root().resolve(fixture.relativize(p).toString()));
            }
            SiteFixture.copyTree(minimal, site.root());
        }
        server.rebuild();
        assertThat(server.problems()).isEmpty();
    }

    @Test
    void serveHelpNamesThePreviewFolderAsItsDefaultOutput() {
        StringWriter help = new StringWriter();
        new CommandLine(new guide.cli.Main()).setOut(new PrintWriter(help)).execute("serve", "--help");
        assertThat(help.toString()).contains("<source>/target/preview").doesNotContain("target/site");
    }
}
