package guide.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The site's settings, read once at start-up from {@code site.properties} (and a local edition's
 * {@code local/site.properties}, whose keys win). Immutable; stages get what they need from it.
 */
public record SiteConfig(Map<String, String> values) {

    public static final String FILE = "site.properties";

    public SiteConfig {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Reads the files in order; a later file's keys replace an earlier one's. Missing files are skipped. */
    public static SiteConfig load(Path... files) {
        Map<String, String> merged = new TreeMap<>();
        for (Path file : files) {
            // Never through a link (the sources stage reports it): it could read any file of the build machine.
            if (file == null || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            p.stringPropertyNames().forEach(k -> merged.put(k, p.getProperty(k).trim()));
        }
        return new SiteConfig(merged);
    }

    public String get(String key, String fallback) {
        String v = values.get(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    public boolean flag(String key, boolean fallback) {
        String v = values.get(key);
        return v == null || v.isBlank() ? fallback : Boolean.parseBoolean(v);
    }

    public String siteName() {
        return get("site.name", "A public health approach to sex work");
    }

    public String language() {
        return get("site.language", "en-GB");
    }

    /** Base address for "edit this page" links, e.g. {@code https://github.com/org/repo/edit/main/}. Empty: no links. */
    public String editBaseUrl() {
        return get("repository.edit-url", "");
    }
}
