package guide.edition;

import guide.problem.Problem;
import guide.sources.SourceTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a local edition's {@code local/remove.txt} left out, as later stages need it: the site addresses
 * that no longer exist on purpose (so links to them are mended, not reported) and the priority areas
 * whose page went (so examples' tags naming them are not errors).
 */
public final class Removals {
    private final Set<String> addresses;
    private final Set<String> priorityIds;
    private final List<Problem> problems;

    private Removals(Set<String> addresses, Set<String> priorityIds, List<Problem> problems) {
        this.addresses = addresses;
        this.priorityIds = priorityIds;
        this.problems = problems;
    }

    public static Removals of(SourceTree sources) {
        Set<String> addresses = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        for (String path : sources.removed()) {
            String address = addressOf(path);
            if (address != null) addresses.add(address);
            if (path.endsWith(".adoc")) {
                String id = headerValue(sources.root().resolve(path), "priority");
                if (id != null) ids.add(id);
            }
        }
        return new Removals(addresses, ids, unmatched(sources));
    }

    /** The address a removed source file would have had on the site, or null for a template. */
    static String addressOf(String path) {
        if (path.startsWith("content/")) {
            String rel = path.substring("content/".length());
            return rel.endsWith(".adoc") ? rel.substring(0, rel.length() - ".adoc".length()) + ".html" : rel;
        }
        if (path.startsWith("assets/")) return path.substring("assets/".length());
        return null;
    }

    /** Site addresses (e.g. practice-examples/hackney.html) the edition left out on purpose. */
    public Set<String> addresses() { return addresses; }

    /** The {@code :priority:} of each removed priority page. */
    public Set<String> priorityIds() { return priorityIds; }

    /** Lines of remove.txt that name no file of the guide: a typing mistake would otherwise go unnoticed. */
    public List<Problem> problems() { return problems; }

    private static List<Problem> unmatched(SourceTree sources) {
        Path file = sources.root().resolve(SourceTree.OVERLAY).resolve(SourceTree.REMOVALS);
        List<Problem> out = new ArrayList<>();
        // Never through a link (the sources stage reports it): its lines would be printed in the report.
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return out;
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String path = lines.get(i).strip();
                if (path.isEmpty() || path.startsWith("#") || sources.removed().contains(path)) continue;
                out.add(Problem.warning(SourceTree.OVERLAY + "/" + SourceTree.REMOVALS, i + 1,
                        "'" + path + "' is not a file of the guide, so nothing was left out for this line.",
                        "Write the path from the top of the repository, as it is outside local/, for example "
                                + "content/practice-examples/hackney.adoc."));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String headerValue(Path adoc, String name) {
        if (!Files.isRegularFile(adoc)) return null;
        try {
            for (String line : Files.readAllLines(adoc)) {
                if (line.isBlank()) break;
                if (line.startsWith(":" + name + ":")) {
                    String v = line.substring(name.length() + 2).strip();
                    return v.isEmpty() ? null : v;
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
