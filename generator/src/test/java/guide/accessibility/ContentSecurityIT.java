package guide.accessibility;

import guide.testing.BuiltGuide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built page carries the Content-Security-Policy and keeps to it: no inline script or style that the
 * policy would block, and no stylesheet, script or image fetched from anywhere but the site itself.
 */
class ContentSecurityIT {
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'";

    @Test
    void everyPageHasThePolicyAndNothingItWouldBlock() throws IOException {
        BuiltGuide guide = BuiltGuide.get();
        List<String> problems = new ArrayList<>();
        List<String> pages = guide.htmlPages();
        assertThat(pages).hasSizeGreaterThan(10);
        for (String page : pages) {
            Document doc = Jsoup.parse(guide.site().resolve(page).toFile(), "UTF-8");
            List<Element> policies = doc.select("head > meta[http-equiv=Content-Security-Policy]");
            if (policies.size() != 1 || !policies.get(0).attr("content").equals(POLICY)) {
                problems.add(page + ": the Content-Security-Policy meta is missing or differs: " + policies);
            }
            for (Element script : doc.select("script")) {
                if (!script.hasAttr("src") || !script.data().isBlank()) problems.add(page + ": inline script " + script.outerHtml());
            }
            for (Element style : doc.select("style")) problems.add(page + ": inline <style> element");
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase();
                    if (name.equals("style")) problems.add(page + ": style attribute on <" + e.tagName() + ">");
                    if (name.startsWith("on")) problems.add(page + ": event handler attribute " + name + " on <" + e.tagName() + ">");
                    if ((name.equals("href") || name.equals("src") || name.equals("action")) && a.getValue().strip().toLowerCase().startsWith("javascript:")) {
                        problems.add(page + ": javascript: address on <" + e.tagName() + ">");
                    }
                }
            }
            for (Element e : doc.select("link[href], script[src], img[src], source[src], source[srcset], img[srcset], iframe, object, embed")) {
                String address = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("srcset");
                if (isExternal(address) || e.tagName().matches("iframe|object|embed")) {
                    problems.add(page + ": <" + e.tagName() + "> loads " + address + " from outside the site");
                }
            }
            for (Element form : doc.select("form[action]")) {
                if (isExternal(form.attr("action"))) problems.add(page + ": a form sends to " + form.attr("action"));
            }
        }
        assertThat(problems).as("what the Content-Security-Policy forbids, in %d pages", pages.size()).isEmpty();
    }

    static boolean isExternal(String address) {
        String a = address.strip().toLowerCase();
        return a.startsWith("//") || a.matches("^[a-z][a-z0-9+.-]*:.*") && !a.startsWith("data:");
    }
}
