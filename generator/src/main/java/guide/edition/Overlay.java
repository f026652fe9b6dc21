package guide.edition;

import guide.sources.SourceTree;

/** How the build output describes what a file in local/ does to the guide's file of the same path. */
public final class Overlay {
    private Overlay() {}

    /** One line for the build output: "replaces", or "adds to" for files merged key by key. */
    public static String describe(String path) {
        String local = SourceTree.OVERLAY + "/" + path;
        if (Drift.MERGED.contains(path)) {
            return "  " + local + " adds to " + path + ": its keys change that wording, the others keep the guide's";
        }
        return "  " + local + " replaces " + path;
    }
}
