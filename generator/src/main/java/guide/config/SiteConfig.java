package guide.config;

import guide.problem.Problem;
import guide.problem.Problems;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's settings, read once at start-up from {@code site.properties} and a local edition's
 * {@code local/site.properties} (whose keys win), and checked as they are read: a key the site does not
 * know, a value of the wrong kind or a broken backslash-u escape is a problem at its file and line.
 * Immutable; stages get what they need from it. {@link #SETTINGS} is the one place that names every
 * setting and its default.
 *
 * @param values what the files set (templates read these as {@code site.config['key']})
 * @param places where each key was set, for problems
 */
public record SiteConfig(Map<String, String> values, Map<String, Place> places) {

    public static final String FILE = "site.properties";
    public static final String LOCAL_FILE = "local/" + FILE;
    /** A local edition's own settings, for its own templates, start with this and are not checked. */
    public static final String OWN_PREFIX = "local.";

    /** What a value must look like. */
    public enum Kind { TEXT, FLAG, ADDRESS, LANGUAGE, LIST, COLOUR }

    /** One setting the site knows: its key, its default (used when the files leave it out or empty), its kind. */
    public record Setting(String key, String fallback, Kind kind) {}

    /** Where a key was set. */
    public record Place(String file, int line) {}

    /** Every setting, with its default. A new setting is added here (and explained in site.properties). */
    public static final List<Setting> SETTINGS = List.of(
            new Setting("site.name", "A public health approach to sex work", Kind.TEXT),
            new Setting("site.tagline", "", Kind.TEXT),
            new Setting("site.organisation", "", Kind.TEXT),
            new Setting("site.contact-email", "", Kind.TEXT),
            new Setting("site.contact-url", "", Kind.ADDRESS),
            new Setting("site.language", "en-GB", Kind.LANGUAGE),
            new Setting("site.base-url", "", Kind.ADDRESS),
            new Setting("repository.edit-url", "", Kind.ADDRESS),
            new Setting("repository.url", "", Kind.ADDRESS),
            new Setting("pages.required-metadata", "", Kind.LIST),
            new Setting("pages.allow", "", Kind.LIST),
            new Setting("exit.url", "https://www.bbc.co.uk/weather", Kind.ADDRESS),
            new Setting("exit.enabled", "true", Kind.FLAG),
            new Setting("brand.header-background", "#0b3c49", Kind.COLOUR),
            new Setting("brand.header-text", "#ffffff", Kind.COLOUR),
            new Setting("brand.link", "#1d5b9b", Kind.COLOUR),
            new Setting("brand.link-visited", "#5a2a82", Kind.COLOUR),
            new Setting("brand.accent", "#0b3c49", Kind.COLOUR),
            new Setting("brand.button-text", "#ffffff", Kind.COLOUR),
            new Setting("brand.logo", "", Kind.TEXT),
            new Setting("brand.logo-alt", "", Kind.TEXT));

    private static final Map<String, Setting> BY_KEY = index();

    public SiteConfig {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        places = Collections.unmodifiableMap(new TreeMap<>(places));
    }

    /** Settings given in code (tests): no files, no places. */
    public SiteConfig(Map<String, String> values) {
        this(values, Map.of());
    }

    /** Reads {@code site.properties} then {@code local/site.properties} under {@code root}; missing files are skipped. */
    public static SiteConfig load(Path root, Problems problems) {
        Map<String, String> values = new TreeMap<>();
        Map<String, Place> places = new TreeMap<>();
        for (String name : List.of(FILE, LOCAL_FILE)) {
            Path file = root.resolve(name);
            // Never through a link (the sources stage reports it): it could read any file of the build machine.
            if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) read(file, name, values, places, problems);
        }
        values.replaceAll((k, v) -> v.trim());
        SiteConfig config = new SiteConfig(values, places);
        config.validate(problems);
        return config;
    }

    /**
     * One properties file, as Java reads properties (so escapes and continued lines mean what they always
     * do), with the line each key is on. A broken escape is a problem at its line and the file is skipped.
     */
    public static Map<String, String> read(Path file, String origin, Map<String, String> into, Map<String, Place> places,
                                           Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Problem.error(origin, 0, "This settings file could not be read as UTF-8 text: " + e.getMessage() + ".",
                    "Save it with the encoding 'UTF-8' (in most editors: Save As, then Encoding)."));
            return into;
        }
        String[] lines = text.split("\r?\n|\r", -1);
        int bad = badEscapeLine(lines);
        if (bad > 0) {
            problems.add(Problem.error(origin, bad, "'\\u' here is not followed by a four-digit character code, so the file cannot be read.",
                    "Write the character itself (the file is UTF-8), or \\u and its four hexadecimal digits, for example \\u00e9 for é. "
                            + "A backslash that is meant as a backslash is written twice: \\\\."));
            return into;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.error(origin, 0, "This settings file cannot be read: " + e.getMessage(),
                    "Write each setting on its own line as key=value."));
            return into;
        }
        for (String key : p.stringPropertyNames()) {
            into.put(key, p.getProperty(key));
            places.put(key, new Place(origin, lineOf(lines, key)));
        }
        return into;
    }

    private static final Pattern ESCAPE = Pattern.compile("(\\\\+)u");
    private static final Pattern HEX4 = Pattern.compile("[0-9a-fA-F]{4}");

    /** The first line (1-based) with a backslash-u that Java would reject; 0 when there is none. */
    static int badEscapeLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.startsWith("#") || line.startsWith("!")) continue;
            Matcher m = ESCAPE.matcher(lines[i]);
            while (m.find()) {
                boolean escapes = m.group(1).length() % 2 == 1; // "\\u" is a backslash, then the letter u
                String after = lines[i].substring(m.end(), Math.min(lines[i].length(), m.end() + 4));
                if (escapes && !HEX4.matcher(after).matches()) return i + 1;
            }
        }
        return 0;
    }

    private static int lineOf(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith(key) && (l.length() == key.length() || "=: \t".indexOf(l.charAt(key.length())) >= 0)) return i + 1;
        }
        return 0;
    }

    private void validate(Problems problems) {
        values.forEach((key, value) -> {
            Place at = places.getOrDefault(key, new Place(FILE, 0));
            Setting s = BY_KEY.get(key);
            if (s == null) {
                if (!key.startsWith(OWN_PREFIX)) {
                    problems.add(Problem.error(at.file(), at.line(), "The setting '" + key + "' is not one the site knows, so it would do nothing.",
                            "Check its spelling against site.properties (known: " + String.join(", ", BY_KEY.keySet())
                                    + "). A local edition's own setting for its own templates starts with '" + OWN_PREFIX + "'."));
                }
                return;
            }
            if (value.isEmpty()) return;
            String wrong = switch (s.kind()) {
                case FLAG -> value.equals("true") || value.equals("false") ? null : "Write true or false.";
                case ADDRESS -> value.startsWith("https://") || value.startsWith("http://") ? null
                        : "Write a full address starting with https://, or leave it empty.";
                case LANGUAGE -> isLanguage(value) ? null : "Write a language tag such as en-GB or cy.";
                default -> null; // colours are checked, with their contrast, by guide.brand
            };
            if (wrong != null) {
                String kind = switch (s.kind()) {
                    case FLAG -> "true or false";
                    case ADDRESS -> "a web address";
                    case LANGUAGE -> "a language tag";
                    default -> "a value the site understands";
                };
                problems.add(Problem.error(at.file(), at.line(), "The value '" + value + "' for " + key + " is not " + kind + ".", wrong));
            }
        });
    }

    private static boolean isLanguage(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static Map<String, Setting> index() {
        Map<String, Setting> m = new LinkedHashMap<>();
        SETTINGS.forEach(s -> m.put(s.key(), s));
        return Collections.unmodifiableMap(m);
    }

    /** The value set for {@code key}, or its default when it is left out or empty. */
    public String get(String key) {
        String v = values.get(key);
        if (v != null && !v.isBlank()) return v;
        Setting s = BY_KEY.get(key);
        return s == null ? "" : s.fallback();
    }

    /** The default of a declared setting ("" for others). */
    public static String fallback(String key) {
        Setting s = BY_KEY.get(key);
        return s == null ? "" : s.fallback();
    }

    /** As {@link #get(String)}, for keys this class does not declare (a local edition's own). */
    public String get(String key, String fallback) {
        String v = values.get(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Where {@code key} was set: the local edition's file when it sets it, else site.properties. */
    public Optional<Place> where(String key) {
        return Optional.ofNullable(places.get(key));
    }

    public String siteName() {
        return get("site.name");
    }

    public String language() {
        return get("site.language");
    }

    /** Base address for "edit this page" links, e.g. {@code https://github.com/org/repo/edit/main/}. Empty: no links. */
    public String editBaseUrl() {
        return get("repository.edit-url");
    }

    /** The header lines every page must have. */
    public List<String> requiredMetadata() {
        return Arrays.stream(get("pages.required-metadata").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
