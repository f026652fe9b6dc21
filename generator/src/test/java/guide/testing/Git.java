package guide.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real git, as an edition's officer runs it: a fixed author, no signing, {@code main} as the first branch,
 * whatever the machine's own configuration says.
 */
public final class Git {
    private Git() {}

    /** Runs {@code git args...} in {@code repo}; its output, or an assertion error with it when git fails. */
    public static String run(Path repo, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) throw new AssertionError("git " + String.join(" ", args) + " failed (" + code + "):\n" + out);
        return out;
    }

    /** The guide's repository (the minimal site, committed once on main) and a council's clone of it. */
    public record Fork(SiteFixture upstream, SiteFixture fork) {}

    /** Makes {@code dir/upstream} (the minimal site, one commit "The guide") and its clone {@code dir/fork}. */
    public static Fork upstreamAndFork(Path dir) throws IOException, InterruptedException {
        Path upstream = dir.resolve("upstream");
        SiteFixture up = SiteFixture.copy("minimal", upstream);
        run(upstream, "init", "-q");
        run(upstream, "add", "-A");
        run(upstream, "commit", "-qm", "The guide");
        Path fork = dir.resolve("fork");
        run(dir, "clone", "-q", upstream.toString(), fork.toString());
        return new Fork(up, SiteFixture.at(fork));
    }
}
