package guide.sources;

import guide.problem.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What may come into the working folder from a pull request. Each rule refuses a file with one problem that
 * names it; a refused file is not read (a link is never followed, so where it points stays unknown).
 * <ul>
 *   <li>no symbolic links anywhere in content/, templates/, assets/, local/ or the settings files;</li>
 *   <li>no file whose real path is outside the source folder;</li>
 *   <li>file and folder names from the safe set {@link #SAFE_NAME}: ASCII letters, digits, '-', '_', '.', and
 *   not a name Windows keeps for a device ({@code con}, {@code nul}, {@code aux}...);</li>
 *   <li>content/ publishes only {@link #CONTENT_KINDS}; an SVG there holds no script or outside link;</li>
 *   <li>no two files published at one address (compared ignoring case, as Windows and macOS do).</li>
 * </ul>
 * Hidden files and folders (a name starting with '.') are never published and are passed over in silence.
 */
final class SourceRules {
    /** The safe set for file and folder names: works in every URL, on every file system, in every shell. */
    static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,99}"); // '_' first: template partials

    static final Set<String> PAGE_KINDS = Set.of("adoc", "asciidoc", "ad");
    /** Pages, data files, images, and documents a page links to. Nothing a browser would run. */
    static final Set<String> CONTENT_KINDS = Set.of(
            "adoc", "asciidoc", "ad",
            "yml", "yaml",
            "png", "jpg", "jpeg", "gif", "webp", "svg",
            "pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt");

    private final Path root;
    private final Path realRoot;
    private final List<Problem> problems = new ArrayList<>();
    /** Folders already refused or hidden: what is inside them is passed over without more problems. */
    private final Set<Path> skipped = new HashSet<>();

    SourceRules(Path root) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
    }

    List<Problem> problems() {
        return problems;
    }

    /** A settings file (site.properties) may be missing but may not be a link. */
    void settingsFile(Path file) {
        if (Files.isSymbolicLink(file)) link(file);
    }

    /** True for a real folder to gather from; a link in its place is a problem. */
    boolean folder(Path dir) {
        if (Files.isSymbolicLink(dir)) {
            link(dir);
            return false;
        }
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS);
    }

    /** Links anywhere in local/ outside the folders that are gathered (local/site.properties, local/remove.txt...). */
    void linksIn(Path overlay, List<String> gathered) throws IOException {
        try (Stream<Path> s = Files.walk(overlay)) {
            for (Path p : s.sorted().toList()) {
                Path rel = overlay.relativize(p);
                if (rel.getNameCount() > 0 && gathered.contains(rel.getName(0).toString())) continue;
                if (Files.isSymbolicLink(p)) link(p);
            }
        }
    }

    /**
     * Whether the entry ({@code origin} is what the author sees, {@code rel} its working path) may be gathered.
     * Folders are never gathered themselves, but a refused folder takes everything inside it with it.
     */
    boolean admit(Path entry, String origin, String rel) throws IOException {
        for (Path p = entry.getParent(); p != null; p = p.getParent()) {
            if (skipped.contains(p)) return false;
        }
        String name = entry.getFileName().toString();
        if (Files.isSymbolicLink(entry)) {
            link(entry);
            return false;
        }
        if (name.startsWith(".")) {
            skipped.add(entry);
            return false;
        }
        boolean dir = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
        if (!SAFE_NAME.matcher(name).matches() || name.endsWith(".") || reserved(name)) {
            // Shown, not trusted: a newline in a name must not start a new line of the report (or a CI command).
            problems.add(Problem.error(printable(origin), 0, "The " + (dir ? "folder" : "file") + " name '" + printable(name) + "' "
                    + whatIsWrong(name) + ".",
                    "Rename it to '" + safeName(name) + "'" + (dir ? "" : " and change any links to it")
                            + ". Names may use only the letters a to z, the digits 0 to 9, '-', '_' and '.'"
                            + " (no spaces, no accents); use '-' between words."));
            if (dir) skipped.add(entry);
            return false;
        }
        if (dir) return false;
        if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.error(origin, 0, "This is not an ordinary file, so it is not published.",
                    "Delete it: only ordinary files are published."));
            return false;
        }
        if (!entry.toRealPath().startsWith(realRoot)) {
            problems.add(Problem.error(origin, 0, "This file is really stored outside the guide's folder, so it is not published.",
                    "Put a copy of the file itself inside the guide's folders, in place of whatever leads outside."));
            return false;
        }
        if (rel.startsWith("content/")) return contentKind(entry, origin, name);
        return true;
    }

    private boolean contentKind(Path file, String origin, String name) {
        String kind = extension(name);
        if (!CONTENT_KINDS.contains(kind)) {
            String fix = kind.equals("html") || kind.equals("htm")
                    ? "Write the page in AsciiDoc instead: rename it to '" + stem(name) + ".adoc' and use AsciiDoc markup (see CONTRIBUTING.md)."
                    : kind.equals("js") || kind.equals("mjs") || kind.equals("css")
                    ? "Pages cannot bring their own scripts or styles: delete this file. Scripts and styles live in assets/ and are changed by the maintainers."
                    : "Delete it, or save it as one of the kinds content/ may publish.";
            problems.add(Problem.error(origin, 0,
                    "Files of this kind ('" + (kind.isEmpty() ? name : "." + kind) + "') are not published from content/.",
                    fix + " content/ publishes pages (.adoc), data files (.yml), pictures (.png, .jpg, .gif, .webp, .svg) and"
                            + " documents (.pdf, .docx, .xlsx, .pptx, .odt, .ods, .odp, .csv, .txt)."));
            return false;
        }
        if (kind.equals("svg")) {
            String active = activePartOf(file);
            if (active != null) {
                problems.add(Problem.error(origin, 0,
                        "The picture holds " + active + ", which could run or load something when the picture is opened on its own.",
                        "Save the picture again without scripts or links (for example Inkscape's 'Plain SVG'), or as a .png."));
                return false;
            }
        }
        return true;
    }

    /** The first part of an SVG that could run or fetch something, or null when it is only a picture. */
    static String activePartOf(Path svg) {
        String text;
        try {
            text = Files.readString(svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "text that is not UTF-8";
        }
        if (text.contains("<!ENTITY")) return "an XML entity declaration";
        for (Element e : Jsoup.parse(text, "", Parser.xmlParser()).getAllElements()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            String local = tag.contains(":") ? tag.substring(tag.indexOf(':') + 1) : tag;
            if (Set.of("script", "foreignobject", "iframe", "object", "embed", "handler", "listener").contains(local)) {
                return "a <" + e.tagName() + "> element";
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip();
                if (key.startsWith("on")) return "an event attribute (" + a.getKey() + ")";
                if ((key.equals("href") || key.endsWith(":href") || key.equals("src")) && !value.startsWith("#")) {
                    return "a link to '" + value + "'";
                }
                if (value.toLowerCase(Locale.ROOT).contains("url(") && !value.replace(" ", "").contains("url(#")) {
                    return "a style that loads '" + value + "'";
                }
            }
            if (local.equals("style") && e.data().toLowerCase(Locale.ROOT).matches("(?s).*(@import|url\\(\\s*['\"]?[a-z]+:).*")) {
                return "a style that loads another file";
            }
        }
        return null;
    }

    /**
     * Working paths that would be published at an address another gathered file already has, each reported
     * naming both files. The first in name order is kept ({@code a.adoc} before {@code a.asciidoc}).
     */
    List<String> collisions(Map<String, String> origins) {
        Map<String, String> byAddress = new LinkedHashMap<>();
        List<String> losers = new ArrayList<>();
        for (String rel : origins.keySet()) {
            String address = address(rel);
            if (address == null) continue;
            String first = byAddress.putIfAbsent(address.toLowerCase(Locale.ROOT), rel);
            if (first == null) continue;
            losers.add(rel);
            String mine = origins.get(rel);
            String theirs = origins.get(first);
            boolean overlayOverUpstream = mine.startsWith(SourceTree.OVERLAY + "/") != theirs.startsWith(SourceTree.OVERLAY + "/");
            String fix = overlayOverUpstream
                    ? "To replace the upstream file, give the local file exactly the same path and name: "
                            + SourceTree.OVERLAY + "/" + first + ". To add a new page, choose a name no other file has."
                    : "Keep one of the two: move anything you need into one file and delete or rename the other.";
            problems.add(Problem.error(mine, 0,
                    mine + " and " + theirs + " would both be published as " + address + ", so one would be lost.", fix));
        }
        return losers;
    }

    /** Where a working file is published, or null for files that are not published themselves (templates). */
    static String address(String rel) {
        if (rel.startsWith("content/")) {
            String path = rel.substring("content/".length());
            return PAGE_KINDS.contains(extension(path)) ? stem(path) + ".html" : path;
        }
        if (rel.startsWith("assets/")) return rel.substring("assets/".length());
        return null;
    }

    private void link(Path link) {
        String where = SourceTree.slashes(root.relativize(link));
        problems.add(Problem.error(where, 0,
                "This is a symbolic link. The guide publishes only real files, so it was left out (and not followed).",
                "Replace the link with the file itself, copied inside the guide's folders, or delete it."));
    }

    /** The text with control characters (newlines, escapes) shown as '?'. */
    static String printable(String s) {
        return s.replaceAll("[\\p{Cntrl}\u2028\u2029]", "?");
    }

    /** Names Windows keeps for devices (con, nul, aux.adoc...): such a file cannot be checked out there. */
    static boolean reserved(String name) {
        String stem = (name.contains(".") ? name.substring(0, name.indexOf('.')) : name).toLowerCase(Locale.ROOT);
        return stem.matches("con|prn|aux|nul|com[1-9]|lpt[1-9]");
    }

    private static String whatIsWrong(String name) {
        if (reserved(name)) return "is kept by Windows for a device, so the file cannot be opened there";
        List<String> what = new ArrayList<>();
        if (name.chars().anyMatch(Character::isWhitespace)) what.add(name.chars().anyMatch(Character::isISOControl) ? "a line break or control character" : "a space");
        if (name.chars().anyMatch(c -> c > 127)) what.add("a letter outside a to z (such as an accent)");
        if (name.chars().anyMatch(c -> c <= 127 && !Character.isWhitespace(c) && !Character.isLetterOrDigit(c) && "._-".indexOf(c) < 0)) {
            what.add("a sign other than '-', '_' or '.'");
        }
        if (what.isEmpty()) return name.length() > 100 ? "is longer than 100 characters" : "does not start with a letter, a digit or '_'";
        return "has " + String.join(" and ", what);
    }

    /** The name made safe: accents dropped, spaces and other signs as '-', lower case (as the guide's names are). */
    static String safeName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? clean(name.substring(dot + 1)) : "";
        String stem = clean(dot > 0 ? name.substring(0, dot) : name);
        if (stem.isEmpty()) stem = "file";
        if (reserved(stem)) stem = stem + "-page";
        if (stem.length() > 90) stem = stem.substring(0, 90);
        return ext.isEmpty() ? stem : stem + "." + ext;
    }

    private static String clean(String s) {
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("Æ", "AE").replace("Ø", "O");
        return s.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-+|[-_]+$", "")
                .toLowerCase(Locale.ROOT);
    }

    static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash ? name.substring(0, dot) : name;
    }
}
