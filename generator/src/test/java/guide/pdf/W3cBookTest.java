package guide.pdf;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The book's W3C document is jsoup's, node for node, without the jsoup nodes tied to it. */
class W3cBookTest {
    /** As Book.html makes a book: a shell in XML syntax, holding HTML parsed from pages (with SVG, comments, odd attributes). */
    private static Document book() {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode("p { color: red; }"));
        Document page = Jsoup.parse("<main><h1 id='t'>Title</h1><!-- a comment --><p class='x' data-n=\"1\">Text &amp; <a href='#t'>link</a></p>"
                + "<svg viewBox='0 0 10 10' role='img' aria-label='Box'><title>Box</title><use xlink:href='#r'/><rect id='r' width='5' height='5'/></svg>"
                + "<p v-bind:foo='1' weird\"name='2'>Odd attributes</p><math><mi>x</mi></math></main>");
        doc.body().appendChild(page.selectFirst("main").clone());
        return doc;
    }

    @Test
    void theDocumentIsJsoupsNodeForNodeWithoutUserData() {
        Document book = book();
        org.w3c.dom.Document ours = W3cBook.of(book), jsoups = W3CDom.convert(book);
        assertThat(describe(ours)).isEqualTo(describe(jsoups)).anyMatch(line -> line.contains("http://www.w3.org/2000/svg"));
        assertThat(userData(jsoups)).as("what W3CDom ties to its nodes").isPositive();
        assertThat(userData(ours)).isZero();
    }

    @Test
    void theComparisonSeesADifferentNamespace() {
        // The test above can fail: the same document with the SVG moved out of its namespace is told apart.
        org.w3c.dom.Document ours = W3cBook.of(book());
        Node svg = ours.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").item(0);
        ours.renameNode(svg, null, "svg");
        assertThat(describe(ours)).isNotEqualTo(describe(W3CDom.convert(book())));
    }

    /** Every node, in document order: its type, namespace, name, value, and each attribute's. */
    private static List<String> describe(Node node) {
        List<String> lines = new ArrayList<>();
        describe(node, 0, lines);
        return lines;
    }

    private static void describe(Node node, int depth, List<String> lines) {
        StringBuilder line = new StringBuilder(" ".repeat(depth)).append(node.getNodeType()).append(' ')
                .append(node.getNamespaceURI()).append(' ').append(node.getNodeName()).append(' ').append(node.getNodeValue());
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                line.append(" [").append(a.getNamespaceURI()).append(' ').append(a.getNodeName()).append('=').append(a.getNodeValue()).append(']');
            }
        }
        lines.add(line.toString());
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) describe(child, depth + 1, lines);
    }

    private static int userData(Node node) {
        int n = node.getUserData(W3CDom.SourceProperty) != null ? 1 : 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) n += userData(child);
        return n;
    }
}
