package guide.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the generator again in a JVM tuned for what it is: a short run dominated by start-up (JRuby,
 * GraalJS, JBake), not a long-running server. A jar cannot name JVM flags, and `java -jar` is what the
 * README, Maven and the benchmark run, so the generator relaunches itself once with them:
 * <ul>
 *   <li>JRuby's interpreter ({@code jruby.compile.mode=OFF}) and, for a build or check, C1 only
 *       ({@code TieredStopAtLevel=1}): C2 and JRuby's JIT cost more than they return in a run of seconds
 *       (real guide: CPU 16.8 s to 8.2 s), and even at 1,000 pages (CPU 70 s with C2, 48 s without);
 *   <li>the serial collector: two cores, one short run; peak memory falls by two thirds (G1 sizes its heap
 *       from the machine's memory);
 *   <li>a class-data sharing archive of the classes a build loads, made by the first run after the jar
 *       changes and kept beside the jar (a further 15% of CPU).
 * </ul>
 * Set {@code -Dguide.relaunch=false} (or run with the flags yourself) to stay in the first JVM.
 */
final class Launcher {
    static final String PROPERTY = "guide.relaunch";
    private static final String PARENT = "guide.parent";

    private Launcher() {}

    /** Runs {@code args} in a tuned child JVM and returns its exit code, or empty to carry on in this one. */
    static Optional<Integer> relaunch(String[] args) {
        if ("false".equals(System.getProperty(PROPERTY))) return Optional.empty();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classpath = System.getProperty("java.class.path");
        if (!Files.isExecutable(java) || classpath == null || classpath.isBlank()) return Optional.empty();

        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        // Someone who tunes the JVM themselves (a -XX: flag) gets exactly their flags: ours could conflict.
        boolean tuned = given.stream().anyMatch(a -> a.startsWith("-XX:"));
        List<String> command = new ArrayList<>(List.of(java.toString()));
        boolean sized = given.stream().anyMatch(a -> a.startsWith("-Xm"));
        command.addAll(tuning(args, tuned, sized, Runtime.getRuntime().maxMemory()));
        Path archive = null;
        Path fresh = null;
        Optional<Path> cds = tuned ? Optional.empty() : archiveFor(classpath);
        if (cds.isPresent()) {
            archive = cds.get();
            command.add("-Xlog:cds*=off");
            if (Runtime.version().feature() >= 19) {
                command.add("-XX:+AutoCreateSharedArchive");
                command.add("-XX:SharedArchiveFile=" + archive);
            } else if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            } else {
                // Java 17 cannot make the archive itself on first use: dump to a private file, then move it
                // into place in one step so that a build running at the same time never reads half of it.
                fresh = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                command.add("-XX:ArchiveClassesAtExit=" + fresh);
            }
        }
        // Flags the user gave this JVM (-D..., -Xmx...) carry over; later flags win.
        command.addAll(given);
        command.add("-D" + PROPERTY + "=false");
        command.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(classpath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));

        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty();
        }
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
        Runtime.getRuntime().removeShutdownHook(stop);
        if (fresh != null) keep(fresh, archive);
        return Optional.of(code);
    }

    /**
     * In the relaunched JVM: stop when the first one is gone, even if it was killed outright (a preview
     * left running would keep its port). Halt, not exit: shutdown hooks may wait on a build in progress,
     * and the publisher is safe against a stop at any point.
     */
    static void followParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null) return;
        long pid;
        try {
            pid = Long.parseLong(parent);
        } catch (NumberFormatException e) {
            return;
        }
        // Watch for being handed to another parent rather than for the old one's exit: a killed parent
        // can stay a zombie where nothing reaps it, and then it never "exits".
        Thread watch = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == pid) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(143);
        }, "follow-parent");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * The flags for a run of {@code args}: JRuby interpreted always; unless the user tuned the JVM, the
     * serial collector, and C1 only for a build or check. The preview is a long-running server: every
     * rebuild after the first gains from C2. A build or check also ignores System.gc(): JBake's store
     * (OrientDB) calls it as it shuts down, a full collection just before the process ends anyway (125 ms
     * for the real guide, 240 ms at 1,000 pages).
     * <p>A build or check also sizes the heap, unless the user did ({@code sized}) or the machine is small
     * ({@code maxHeap}, this JVM's default maximum, under 2 GiB): what it keeps (pages, the PDF's layout)
     * lives to the end, so an old generation of 1 GiB from the start spares the full collections of one
     * growing step by step, and a young generation held at 160 MiB does not grow with it (left to itself
     * it takes a third of the heap, all of it touched). At 1,000 pages: peak memory 1.67 to 1.34 GiB.
     */
    static List<String> tuning(String[] args, boolean tuned, boolean sized, long maxHeap) {
        List<String> flags = new ArrayList<>(List.of("-Djruby.compile.mode=OFF"));
        if (tuned) return flags;
        flags.add("-XX:+UseSerialGC");
        boolean serve = args.length > 0 && args[0].equals("serve");
        if (serve) return flags;
        flags.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+DisableExplicitGC"));
        if (!sized && maxHeap >= 2L << 30) flags.addAll(List.of("-Xms1g", "-Xmn160m"));
        return flags;
    }

    /** The archive for this classpath and Java version, beside the jar; empty when the jar is not a file. */
    private static Optional<Path> archiveFor(String classpath) {
        String first = classpath.split(java.io.File.pathSeparator)[0];
        Path jar = Path.of(first).toAbsolutePath();
        if (!first.endsWith(".jar") || !Files.isRegularFile(jar) || !Files.isWritable(jar.getParent())) {
            return Optional.empty();
        }
        try {
            // A rebuilt jar or another Java gets its own archive: a stale one would only be refused.
            String key = Long.toHexString((Files.getLastModifiedTime(jar).toMillis() * 31 + Files.size(jar)) * 31
                    + Runtime.version().toString().hashCode());
            return Optional.of(jar.resolveSibling(".guide-" + key + ".jsa"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void keep(Path fresh, Path archive) {
        try {
            if (Files.isRegularFile(fresh)) {
                try {
                    Files.move(fresh, archive, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(fresh, archive, StandardCopyOption.REPLACE_EXISTING);
                }
                // Archives for earlier jars are of no further use (about 100 MB each).
                try (var old = Files.newDirectoryStream(archive.getParent(), ".guide-*.jsa")) {
                    for (Path p : old) if (!p.equals(archive)) Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Only a missed speed-up: the next run tries again.
        } finally {
            try {
                Files.deleteIfExists(fresh);
            } catch (IOException ignored) {
                // as above
            }
        }
    }
}
