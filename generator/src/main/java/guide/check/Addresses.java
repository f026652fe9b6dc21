package guide.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Resolves the addresses written in a page against the page's own address. */
final class Addresses {
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-z][a-z0-9+.-]*:.*");

    private Addresses() {}

    /** True for addresses that leave the site (a scheme or a protocol-relative address). */
    static boolean isExternal(String href) {
        String h = href.strip().toLowerCase();
        return h.startsWith("//") || SCHEME.matcher(h).matches();
    }

    /** The site-root-relative path {@code href} points at from {@code pageUri}, without the fragment; null if it climbs out of the site. */
    static String resolve(String pageUri, String href) {
        String path = href;
        int hash = path.indexOf('#');
        if (hash >= 0) path = path.substring(0, hash);
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        if (path.isEmpty()) return pageUri;
        try {
            URI base = new URI("http", "site", "/" + pageUri, null);
            URI target = base.resolve(new URI(null, null, URLDecoder.decode(path, StandardCharsets.UTF_8), null));
            String p = target.getPath();
            if (p == null || !p.startsWith("/") || p.startsWith("/..")) return null;
            p = p.substring(1);
            if (p.isEmpty() || p.endsWith("/")) p = p + "index.html";
            return p;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? "" : URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
    }
}
