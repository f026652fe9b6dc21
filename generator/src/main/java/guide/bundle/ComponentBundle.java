package guide.bundle;

import guide.site.Site;
import guide.pages.Pages;
import guide.catalogue.Catalogue;
import guide.emit.Emitter;
import guide.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the components' styles and scripts into one stylesheet and one script, so that a page loads two
 * files, not one per component. Each component keeps its style, script and template side by side
 * ({@code assets/components/exit-this-page/exit-this-page.css} and {@code .js} beside
 * {@code templates/_exit-this-page.peb}); {@code assets/components/components.txt} names them in cascade
 * order. A local edition can replace any component's file, or the list, through its overlay. The separate
 * files are not published: the joined ones hold all of them.
 */
public final class ComponentBundle implements Emitter {
    public static final String FOLDER = "components";
    public static final String LIST = "components.txt";
    public static final String STYLESHEET = "css/guide.css";
    public static final String SCRIPT = "js/guide.js";

    @Override
    public String name() {
        return "bundle";
    }

    @Override
    public void emit(Pages pages, Site site, Catalogue catalogue) {
        Path components = site.sources().assets().resolve(FOLDER);
        Path list = components.resolve(LIST);
        String listOrigin = "assets/" + FOLDER + "/" + LIST;
        if (!Files.isDirectory(components)) return; // a site without components has nothing to join
        if (!Files.isRegularFile(list)) {
            site.problems().add(Problem.error(listOrigin, 0, "The list of components is missing, so the site would have no styles.",
                    "Add " + listOrigin + " with one component folder name a line, in the order their styles apply."));
            return;
        }
        StringBuilder css = new StringBuilder();
        StringBuilder js = new StringBuilder();
        List<String> names = names(list);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Path style = components.resolve(name).resolve(name + ".css");
            Path script = components.resolve(name).resolve(name + ".js");
            if (!Files.isRegularFile(style) && !Files.isRegularFile(script)) {
                site.problems().add(Problem.error(listOrigin, lineOf(list, name),
                        "The component '" + name + "' has no " + name + ".css or " + name + ".js.",
                        "Add assets/" + FOLDER + "/" + name + "/" + name + ".css (or .js), or remove the line."));
                continue;
            }
            append(css, style, "/* " + name + " */\n");
            append(js, script, "/* " + name + " */\n");
        }
        // The separate files are not published: the joined ones hold them.
        catalogue.withdraw(FOLDER);
        catalogue.addText(STYLESHEET, listOrigin, css.toString());
        catalogue.addText(SCRIPT, listOrigin, js.toString());
    }

    /** The component names, one a line; blank lines and # comments skipped. */
    static List<String> names(Path list) {
        List<String> names = new ArrayList<>();
        for (String line : read(list).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) names.add(name);
        }
        return names;
    }

    private static int lineOf(Path list, String name) {
        String[] lines = read(list).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(name)) return i + 1;
        }
        return 0;
    }

    private static void append(StringBuilder into, Path file, String banner) {
        if (!Files.isRegularFile(file)) return;
        String text = read(file);
        into.append(banner).append(text);
        if (!text.endsWith("\n")) into.append('\n');
    }

    private static String read(Path file) {
        try {
            // Line endings made "\n" so a checkout on Windows gives the same bytes.
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
