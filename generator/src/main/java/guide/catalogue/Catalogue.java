package guide.catalogue;

import guide.problem.Problem;
import guide.problem.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every file the site will hold, by its path in the site (e.g. {@code framework/index.html},
 * {@code css/guide.css}): stages add to it, checks look things up in it, and the publisher writes it
 * once. Two sources for one path are a problem naming both, never a silent overwrite.
 */
public final class Catalogue {
    /** One file of the site: where it came from (for problems) and how to get its bytes. */
    public record Entry(String path, String origin, Content content) {}

    /** A file's bytes: copied from a source file, made by a stage (now or still), or a page as it is at the end. */
    public sealed interface Content permits Copy, Bytes, Coming, Page {
        byte[] bytes();
    }

    public record Copy(Path file) implements Content {
        public byte[] bytes() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public record Bytes(byte[] value) implements Content {
        public byte[] bytes() {
            return value;
        }
    }

    /**
     * A file a stage is still making (the guide's PDF): it is part of the site from now on, so links to it are
     * good; its bytes are waited for when they are written.
     */
    public record Coming(java.util.concurrent.CompletableFuture<byte[]> made) implements Content {
        public byte[] bytes() {
            return made.join();
        }
    }

    /** Serialised when published, so refinements made after rendering are kept. */
    public record Page(guide.pages.Page page) implements Content {
        public byte[] bytes() {
            return page.html();
        }
    }

    private final TreeMap<String, Entry> entries = new TreeMap<>();
    private final Problems problems;

    public Catalogue(Problems problems) {
        this.problems = problems;
    }

    public void addFile(String path, String origin, Path file) {
        add(new Entry(path, origin, new Copy(file)));
    }

    public void addBytes(String path, String origin, byte[] bytes) {
        add(new Entry(path, origin, new Bytes(bytes)));
    }

    public void addText(String path, String origin, String text) {
        addBytes(path, origin, text.getBytes(StandardCharsets.UTF_8));
    }

    public void addPage(String path, String origin, guide.pages.Page page) {
        add(new Entry(path, origin, new Page(page)));
    }

    /** A file {@code made} will hold: see {@link Coming}. */
    public void addComing(String path, String origin, java.util.concurrent.CompletableFuture<byte[]> made) {
        add(new Entry(path, origin, new Coming(made)));
    }

    /** Adds a file another catalogue holds (the preview carries a background stage's last files over). */
    public synchronized void add(Entry entry) {
        Entry old = entries.get(entry.path());
        if (old != null && !old.origin().equals(entry.origin())) {
            problems.add(Problem.error(entry.origin(), 0, "This file and " + old.origin() + " would both be published as "
                            + entry.path() + ", so one would be lost.",
                    "Rename or move one of the two files so that each has its own name."));
            return;
        }
        entries.put(entry.path(), entry);
    }

    /** Takes out every file under a folder of the site (e.g. a stage that joins them into one). */
    public synchronized void withdraw(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        entries.keySet().removeIf(p -> p.startsWith(prefix));
    }

    public synchronized boolean contains(String path) {
        return entries.containsKey(path);
    }

    public synchronized Optional<Entry> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    /** Every file, sorted by path. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Every path, sorted. */
    public synchronized List<String> paths() {
        return List.copyOf(entries.keySet());
    }

    /** Writes every file under {@code folder}, which must be empty or absent. */
    public synchronized void writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Entry e : entries.values()) {
                Path file = folder.resolve(e.path());
                Files.createDirectories(file.getParent());
                Files.write(file, e.content().bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
