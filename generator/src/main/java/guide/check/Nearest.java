package guide.check;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The name an author most likely meant when a typed name matches nothing: "did you mean ...?". */
final class Nearest {
    private Nearest() {}

    /** The closest candidate by edit distance, if it is close enough to be a slip of the keyboard (a quarter of the name, at least two). */
    static Optional<String> to(String typed, Collection<String> candidates) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String t = typed.toLowerCase();
        int allowed = Math.max(2, name(t).length() / 4);
        return candidates.stream()
                .filter(c -> !c.equals(typed))
                .min(Comparator.comparingInt((String c) -> distance.apply(t, c.toLowerCase())).thenComparing(c -> c))
                .filter(c -> distance.apply(t, c.toLowerCase()) <= allowed);
    }

    /** The part a slip of the keyboard is in: after the last '/', before the extension. */
    private static String name(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
    }
}
