package guide.check;

import guide.convert.Manuscript;

/** Finds the source line an element of the rendered page came from, by what the author wrote there. */
final class SourceLines {
    private SourceLines() {}

    /** The first line holding any of the needles (tried in order), or the line after the header if none. */
    static int find(Manuscript m, String... needles) {
        for (String needle : needles) {
            if (needle == null || needle.isBlank()) continue;
            int line = m.lineOf(needle, 1);
            if (line > 0) return line;
        }
        return 1;
    }

    /** What the author probably wrote for a link to {@code href}: the .adoc file name, the anchor, the address. */
    static String[] linkNeedles(String href) {
        String noFragment = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        String adoc = noFragment.endsWith(".html") ? noFragment.substring(0, noFragment.length() - 5) + ".adoc" : noFragment;
        String file = adoc.contains("/") ? adoc.substring(adoc.lastIndexOf('/') + 1) : adoc;
        return new String[] {
                adoc + (fragment.isEmpty() ? "" : "#" + fragment),
                noFragment.isEmpty() ? null : adoc,
                file.isEmpty() ? null : file,
                fragment.isEmpty() ? null : "<<" + fragment,
                fragment.isEmpty() ? null : "#" + fragment,
                href
        };
    }
}
