package guide.testing;

import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.List;

/** axe-core as the browser tests run it. */
public final class Axe {
    /** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Axe() {}

    /**
     * axe with {@code tags}, run in the page itself (axe's legacy mode). Its default runs the rules in each
     * frame and then opens a window of its own to put the results together: a third of the time per page.
     * The guide has no frames (the build refuses embeds, and AxeIT asserts there are none on any page), so
     * nothing goes unchecked.
     */
    public static AxeBuilder with(List<String> tags) {
        return new AxeBuilder().withTags(tags).setLegacyMode(true);
    }
}
