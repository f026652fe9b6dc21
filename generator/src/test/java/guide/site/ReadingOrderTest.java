package guide.site;

import guide.convert.Manuscript;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingOrderTest {
    static Manuscript page(String uri, Integer order, String... more) {
        Map<String, String> attributes = new java.util.TreeMap<>();
        if (order != null) attributes.put("order", String.valueOf(order));
        for (int i = 0; i + 1 < more.length; i += 2) attributes.put(more[i], more[i + 1]);
        return new Manuscript("content/" + uri, uri, uri, "page", false, attributes, List.of(), List.of(), "");
    }

    @Test
    void homeThenPartsByTheirIndexOrderThenPagesByOrder() {
        Manuscript home = page("index.html", 0);
        Manuscript fwIndex = page("framework/index.html", 30);
        Manuscript fwB = page("framework/b.html", 20);
        Manuscript fwA = page("framework/a.html", 10);
        Manuscript introIndex = page("introduction/index.html", 10);
        Manuscript introX = page("introduction/x.html", 10);
        Manuscript search = page("search.html", 0, "nav", "none");
        ReadingOrder order = new ReadingOrder(List.of(fwB, search, introX, fwIndex, home, fwA, introIndex));
        assertThat(order.sequence()).containsExactly(home, introIndex, introX, fwIndex, fwA, fwB);
        assertThat(order.previous(fwA)).contains(fwIndex);
        assertThat(order.next(fwA)).contains(fwB);
        assertThat(order.next(fwB)).isEmpty();
        assertThat(order.partOf(fwB).map(ReadingOrder.Part::index)).contains(fwIndex);
    }

    @Test
    void pagesWithTheSameOrderFallBackToTheirAddressSoTiesNeverShuffle() {
        Manuscript index = page("p/index.html", 10);
        Manuscript b = page("p/b.html", 10);
        Manuscript a = page("p/a.html", 10);
        assertThat(new ReadingOrder(List.of(b, index, a)).sequence()).containsExactly(index, a, b);
    }

    @Test
    void draftsAreLeftOut() {
        Manuscript index = page("p/index.html", 10);
        Manuscript draft = new Manuscript("content/p/d.adoc", "p/d.html", "D", "page", true,
                Map.of("order", "5"), List.of(), List.of(), "");
        assertThat(new ReadingOrder(List.of(index, draft)).sequence()).containsExactly(index);
    }
}
