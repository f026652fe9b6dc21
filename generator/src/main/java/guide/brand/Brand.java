package guide.brand;

import guide.config.SiteConfig;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A local edition's colours, from site.properties: each is written to {@code css/brand.css} as a CSS
 * custom property that the stylesheet uses, after checking it keeps WCAG AA contrast (4.5:1 for text)
 * against what it is shown on.
 */
public record Brand(Map<String, String> colours) {
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

    /** A colour setting: its key, what it is drawn on, and what it is for (in plain words). Defaults: {@link SiteConfig#SETTINGS}. */
    public record Setting(String key, String against, String role) {
        public String fallback() {
            return SiteConfig.fallback(key);
        }
    }

    /** Text colours and the background each is drawn on. */
    public static final Setting[] SETTINGS = {
            new Setting("brand.header-background", null, "the header's background"),
            new Setting("brand.header-text", "brand.header-background", "the header's text"),
            new Setting("brand.link", "#ffffff", "links on the white page"),
            new Setting("brand.link-visited", "#ffffff", "visited links on the white page"),
            new Setting("brand.accent", "#ffffff", "headings' accent lines and buttons"),
            new Setting("brand.button-text", "brand.accent", "text on buttons"),
    };

    public static Brand from(SiteConfig config) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (Setting s : SETTINGS) colours.put(s.key(), config.get(s.key()).toLowerCase(Locale.ROOT));
        return new Brand(colours);
    }

    public static boolean isColour(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /** The colour a setting is drawn on: another setting, or a fixed colour. */
    public String background(Setting s) {
        return s.against().startsWith("#") ? s.against() : colours.get(s.against());
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        double r = channel(Integer.parseInt(h.substring(0, 2), 16));
        double g = channel(Integer.parseInt(h.substring(2, 4), 16));
        double b = channel(Integer.parseInt(h.substring(4, 6), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** {@code :root { --brand-header-background: #...; ... }} */
    public String css() {
        StringBuilder css = new StringBuilder("/* Written by the build from site.properties: a local edition's colours. */\n:root {\n");
        colours.forEach((k, v) -> css.append("  --").append(k.replace('.', '-')).append(": ").append(v).append(";\n"));
        return css.append("}\n").toString();
    }
}
