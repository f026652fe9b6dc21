package guide.refine;

import guide.pages.Page;
import guide.pages.Pages;
import guide.site.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a local edition's header logo ({@code brand.logo}) its width and height, so the browser keeps its
 * room before the picture arrives and the page below does not jump down when it does (a layout shift, which
 * a reader on a phone meets as the text moving under their thumb). The size is the picture's own, made to
 * fit the room the header's style gives it ({@code .header__logo} in assets/components/header/header.css).
 */
public final class LogoSize implements Refinement {
    /** The header style's max-width and max-height (12rem by 4rem) at the browser's usual 16 px to the rem. */
    static final int MAX_WIDTH = 192, MAX_HEIGHT = 64;

    @Override
    public void refine(Pages pages, Site site) {
        String logo = site.config().get("brand.logo", "").strip();
        if (logo.isEmpty()) return;
        Path file = site.sources().assets().resolve(logo).normalize();
        if (!file.startsWith(site.sources().assets())) return; // not a file of the site's assets
        int[] size = fitted(sizeOf(file));
        if (size == null) return;
        for (Page page : pages.all()) {
            for (Element img : page.document().select("img.header__logo")) {
                img.attr("width", Integer.toString(size[0])).attr("height", Integer.toString(size[1]));
            }
        }
    }

    /** Scaled down (never up, as the style does) to fit the header's room, keeping its shape. */
    static int[] fitted(int[] size) {
        if (size == null || size[0] <= 0 || size[1] <= 0) return null;
        double scale = Math.min(1.0, Math.min((double) MAX_WIDTH / size[0], (double) MAX_HEIGHT / size[1]));
        return new int[] {Math.max(1, (int) Math.round(size[0] * scale)), Math.max(1, (int) Math.round(size[1] * scale))};
    }

    /** The picture's own width and height in CSS pixels, or null when it cannot tell (then nothing is set). */
    static int[] sizeOf(Path file) {
        // Never through a link: the sources stage reports it.
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
        try {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                return svgSize(Files.readString(file, StandardCharsets.UTF_8));
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                if (in == null) return null;
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) return null;
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // not a picture it can read: the browser sizes it as before
        }
    }

    private static final Pattern LENGTH = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*(px)?\\s*$");

    /** From the svg element's width and height (in px or plain numbers), else from its viewBox. */
    static int[] svgSize(String text) {
        Element svg = Jsoup.parse(text, "", Parser.xmlParser()).selectFirst("svg");
        if (svg == null) return null;
        Matcher w = LENGTH.matcher(svg.attr("width")), h = LENGTH.matcher(svg.attr("height"));
        if (w.matches() && h.matches()) {
            return new int[] {(int) Math.round(Double.parseDouble(w.group(1))), (int) Math.round(Double.parseDouble(h.group(1)))};
        }
        String[] box = svg.attr("viewBox").strip().split("[\\s,]+");
        if (box.length == 4) {
            try {
                return new int[] {(int) Math.round(Double.parseDouble(box[2])), (int) Math.round(Double.parseDouble(box[3]))};
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
