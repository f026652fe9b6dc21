package guide.brand;

import guide.site.Site;
import guide.check.Check;
import guide.config.SiteConfig;
import guide.pages.Pages;
import guide.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Colours a local edition picks must be real colours and keep WCAG AA contrast (4.5:1) for text. */
public final class BrandCheck implements Check {
    static final double AA_TEXT = 4.5;

    @Override
    public List<Problem> check(Pages pages, Site site) {
        Brand brand = Brand.from(site.config());
        List<Problem> problems = new ArrayList<>();
        for (Brand.Setting s : Brand.SETTINGS) {
            String value = brand.colours().get(s.key());
            if (!Brand.isColour(value)) {
                problems.add(Problem.error(settingsFile(site, s.key()), line(site, s.key()),
                        "The colour '" + value + "' for " + s.key() + " is not a colour the build understands.",
                        "Write it as # and six hexadecimal digits, for example " + s.fallback() + "."));
            }
        }
        for (Brand.Setting s : Brand.SETTINGS) {
            if (s.against() == null) continue;
            String fg = brand.colours().get(s.key());
            String bg = brand.background(s);
            if (!Brand.isColour(fg) || !Brand.isColour(bg)) continue;
            double ratio = Brand.contrast(fg, bg);
            if (ratio < AA_TEXT) {
                String key = customised(site, s.key()) || s.against().startsWith("#") ? s.key() : s.against();
                problems.add(Problem.error(settingsFile(site, key), line(site, key),
                        String.format(Locale.ROOT, "The colours for %s (%s on %s) have a contrast ratio of %.2f:1; WCAG AA needs at least 4.5:1.",
                                s.role(), fg, bg, ratio),
                        "Choose a darker or lighter colour so the two differ more. A contrast checker shows the ratio as you pick."));
            }
        }
        return problems;
    }

    private static boolean customised(Site site, String key) {
        return site.config().values().containsKey(key);
    }

    /** The properties file that sets the key: the local edition's if it does, else the root one. */
    private static String settingsFile(Site site, String key) {
        return site.config().where(key).map(SiteConfig.Place::file).orElse(SiteConfig.FILE);
    }

    private static int line(Site site, String key) {
        return site.config().where(key).map(SiteConfig.Place::line).orElse(0);
    }
}
