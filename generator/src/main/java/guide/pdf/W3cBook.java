package guide.pdf;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document.OutputSettings.Syntax;
import org.jsoup.parser.HtmlTreeBuilder;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * The book as the W3C document the renderer reads, made as jsoup's {@link org.jsoup.helper.W3CDom} makes
 * it, node for node, less one thing: W3CDom ties the jsoup node it came from to every node it makes, as
 * DOM user data. The JDK's DOM keeps that in a map per node; the renderer never reads it, and it keeps the
 * whole jsoup book alive through the layout. At 1,000 pages that was 391,000 maps (85 MB), and copying the
 * document to shed them took 1.6 s. GuidePdfIT's byte-for-byte test compares the PDF with W3CDom's.
 */
final class W3cBook {
    private W3cBook() {}

    static Document of(org.jsoup.nodes.Document in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document out = factory.newDocumentBuilder().newDocument();
            out.setXmlStandalone(true);
            if (!in.location().isBlank()) out.setDocumentURI(in.location());
            // Book.html makes no doctype; the root element is the html element, as W3CDom starts from.
            NodeTraversor.traverse(new Builder(out, in.outputSettings().syntax()), in.firstElementChild());
            return out;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** W3CDom.W3CBuilder (jsoup 1.21.2), namespace-aware, without the user data. */
    private static final class Builder implements NodeVisitor {
        private final Document doc;
        private final Syntax syntax;
        private Node dest;

        Builder(Document doc, Syntax syntax) {
            this.doc = doc;
            this.syntax = syntax;
            this.dest = doc;
        }

        @Override
        public void head(org.jsoup.nodes.Node source, int depth) {
            if (source instanceof org.jsoup.nodes.Element sourceEl) {
                String namespace = sourceEl.tag().namespace();
                String tagName = Attribute.getValidKey(sourceEl.tagName(), Syntax.xml);
                try {
                    String imputedNamespace = namespace == null && tagName.contains(":") ? "" : namespace;
                    Element el = doc.createElementNS(imputedNamespace, tagName);
                    copyAttributes(sourceEl, el);
                    dest.appendChild(el);
                    dest = el;
                } catch (DOMException e) {
                    dest.appendChild(doc.createTextNode("<" + tagName + ">"));
                }
            } else if (source instanceof org.jsoup.nodes.TextNode text) {
                dest.appendChild(doc.createTextNode(text.getWholeText()));
            } else if (source instanceof org.jsoup.nodes.Comment comment) {
                dest.appendChild(doc.createComment(comment.getData()));
            } else if (source instanceof org.jsoup.nodes.DataNode data) {
                dest.appendChild(doc.createTextNode(data.getWholeData()));
            }
        }

        @Override
        public void tail(org.jsoup.nodes.Node source, int depth) {
            if (source instanceof org.jsoup.nodes.Element && dest.getParentNode() instanceof Element) dest = dest.getParentNode();
        }

        private void copyAttributes(org.jsoup.nodes.Element jEl, Element wEl) {
            for (Attribute attribute : jEl.attributes()) {
                try {
                    setAttribute(jEl, wEl, attribute, syntax);
                } catch (DOMException e) {
                    if (syntax != Syntax.xml) setAttribute(jEl, wEl, attribute, Syntax.xml);
                }
            }
        }

        private void setAttribute(org.jsoup.nodes.Element jEl, Element wEl, Attribute attribute, Syntax syntax) {
            String key = Attribute.getValidKey(attribute.getKey(), syntax);
            if (key == null) return;
            String namespace = attribute.namespace();
            if (!namespace.isEmpty()) wEl.setAttributeNS(namespace, key, attribute.getValue());
            else wEl.setAttribute(key, attribute.getValue());
            undeclaredNamespace(namespace, key, jEl, wEl);
        }

        /** A prefixed attribute with no namespace gets the one an ancestor declares, or a placeholder (as W3CDom does). */
        private void undeclaredNamespace(String namespace, String key, org.jsoup.nodes.Element jEl, Element wEl) {
            if (!namespace.isEmpty()) return;
            int colon = key.indexOf(':');
            if (colon < 0) return;
            String prefix = key.substring(0, colon);
            if (prefix.equals("xmlns")) return;
            org.jsoup.nodes.Document owner = jEl.ownerDocument();
            if (owner != null && owner.parser().getTreeBuilder() instanceof HtmlTreeBuilder) {
                for (org.jsoup.nodes.Element el = jEl; el != null; el = el.parent()) {
                    String ns = el.attr("xmlns:" + prefix);
                    if (!ns.isEmpty()) {
                        wEl.setAttributeNS(ns, key, jEl.attr(key));
                        return;
                    }
                }
            }
            wEl.setAttribute("xmlns:" + prefix, "undefined");
        }
    }
}
