package guide.check;

import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import guide.problem.Problem;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Every image exists and has alt text that says what it shows (or is marked decorative). */
public final class ImageCheck implements Check {
    @Override
    public List<Problem> check(Pages pages, Site site) {
        List<Problem> problems = new ArrayList<>();
        for (Page page : pages.all()) {
            for (Element img : page.document().select("img")) {
                String src = img.attr("src").strip();
                String name = src.contains("/") ? src.substring(src.lastIndexOf('/') + 1) : src;
                String file;
                int line;
                if (page.fromSource(img)) {
                    file = page.origin();
                    line = SourceLines.find(page.manuscript(), src, name);
                } else {
                    var place = site.templates().find(page.manuscript().type(), src, name);
                    file = place.file();
                    line = place.line();
                }
                if (src.isEmpty() || Addresses.isExternal(src)) {
                    if (Addresses.isExternal(src)) {
                        problems.add(Problem.error(file, line, "The image '" + src + "' is loaded from another website.",
                                "Save the image in the content folder and link to it there: the site must not contact other websites."));
                    }
                    continue;
                }
                String target = Addresses.resolve(page.uri(), src);
                if (target == null || !site.catalogue().contains(target)) {
                    problems.add(Problem.error(file, line, "The image '" + src + "' cannot be found.",
                            "Check the file name (capital letters matter) and put the image file in the same folder as the page, "
                                    + "or in the folder the path names."));
                }
                if (!img.hasAttr("alt") || isDefaultAlt(img.attr("alt"), name)) {
                    problems.add(Problem.error(file, line, "The image '" + src + "' has no alt text.",
                            "Say what the image shows inside the square brackets: image::" + name
                                    + "[A short description of the picture]. If it is only decoration, write image::" + name
                                    + "[\"\",role=decorative]."));
                }
            }
        }
        return problems;
    }

    /** Asciidoctor writes the file name (without extension, '-' and '_' as spaces) when no alt text is given. */
    static boolean isDefaultAlt(String alt, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = (dot > 0 ? fileName.substring(0, dot) : fileName).replace('-', ' ').replace('_', ' ');
        return !alt.isEmpty() && alt.equalsIgnoreCase(base);
    }
}
