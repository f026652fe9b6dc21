package guide.refine;

import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A host serves the not-found page (type notfound) at whatever address was missing, in any folder, so
 * every address on it (styles, scripts, links, the search form, whichever template wrote them) is made
 * absolute: from {@code site.base-url} when it is set, otherwise from the root of the host.
 */
public final class NotFoundAddresses implements Refinement {
    public static final String TYPE = "notfound";
    public static final String BASE_URL = "site.base-url";

    @Override
    public void refine(Pages pages, Site site) {
        String base = site.config().get(BASE_URL, "").strip();
        if (base.isEmpty()) base = "/";
        else if (!base.endsWith("/")) base = base + "/";
        for (Page page : pages.all()) {
            if (!TYPE.equals(page.manuscript().type())) continue;
            for (String attribute : new String[] {"href", "src", "action"}) {
                for (Element e : page.document().select("[" + attribute + "]")) {
                    String absolute = absolute(base, page.uri(), e.attr(attribute));
                    if (absolute != null) e.attr(attribute, absolute);
                }
            }
        }
    }

    /** {@code address} as seen from {@code pageUri}, under {@code base}; null when it needs no change. */
    static String absolute(String base, String pageUri, String address) {
        String a = address.strip();
        if (a.isEmpty() || a.startsWith("#") || a.startsWith("/") || a.toLowerCase().matches("^[a-z][a-z0-9+.-]*:.*")) return null;
        try {
            URI resolved = new URI("http", "site", "/" + pageUri, null).resolve(new URI(a));
            String path = resolved.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("/..")) return null;
            return base + path.substring(1) + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                    + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
