package guide.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the book's parts, each laid out and drawn into a PDF of its own, into one: the pages in reading
 * order, one structure tree (the parts' Document elements become one, their parent trees one, renumbered),
 * one outline, links from one part to another pointed at their target, and every page but the cover
 * numbered "12 / 340". The parts share their fonts (loaded into the bound document), so each glyph is
 * embedded once.
 */
final class Binding {
    /** The address a link to another part gets while its part is laid out (the renderer only links inside a document). */
    static final String JOIN = "guide-part:";

    /** One part as drawn: its pages, its structure tree and outline, and the place of each id another part points at. */
    record Part(List<PDPage> pages, PDStructureTreeRoot structure, PDDocumentOutline outline, Map<String, Place> places) {}

    /** Where an id landed: the page of its part (from 0) and the top of its box, in points from the page's bottom. */
    record Place(int page, float top) {}

    private Binding() {}

    /**
     * @param parts    in reading order
     * @param language the book's language, the Document element's
     * @param numbers  the font the page numbers are written in
     * @return the links from one part to another that found no target (none, for a book Book made)
     */
    static List<String> bind(PDDocument book, List<Part> parts, String language, PDFont numbers) throws IOException {
        Map<String, PDPageXYZDestination> targets = new HashMap<>();
        for (Part part : parts) {
            part.places().forEach((id, place) -> {
                PDPageXYZDestination d = new PDPageXYZDestination();
                d.setPage(part.pages().get(place.page()));
                d.setTop(Math.round(place.top()));
                targets.put(id, d);
            });
        }
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        PDStructureElement document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setLanguage(language);
        root.appendKid(document);
        COSArray nums = new COSArray();
        int keys = 0;
        PDDocumentOutline outline = new PDDocumentOutline();
        List<String> lost = new java.util.ArrayList<>();
        for (Part part : parts) {
            if (!root.getCOSObject().containsKey(COSName.ROLE_MAP)) {
                root.getCOSObject().setItem(COSName.ROLE_MAP, part.structure().getCOSObject().getDictionaryObject(COSName.ROLE_MAP));
            }
            adopt(document, part.structure());
            int offset = keys;
            COSArray own = ownNumbers(part.structure());
            for (int i = 0; i + 1 < own.size(); i += 2) {
                nums.add(COSInteger.get(((COSInteger) own.getObject(i)).intValue() + offset));
                nums.add(own.get(i + 1));
            }
            keys += part.structure().getParentTreeNextKey();
            for (PDPage page : part.pages()) {
                // Not addPage: that follows everything the page links to, for the highest object number of a loaded
                // file, and the parts' objects are all new (no numbers) and link in circles (page, link, destination, page).
                book.getPages().add(page);
                shift(page.getCOSObject(), COSName.STRUCT_PARENTS, offset);
                for (PDAnnotation a : page.getAnnotations()) {
                    shift(a.getCOSObject(), COSName.STRUCT_PARENT, offset);
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                            && uri.getURI() != null && uri.getURI().startsWith(JOIN)) {
                        PDPageXYZDestination target = targets.get(uri.getURI().substring(JOIN.length()));
                        if (target == null) {
                            lost.add("A link to #" + uri.getURI().substring(JOIN.length()) + " found nothing in the book.");
                            continue;
                        }
                        PDActionGoTo go = new PDActionGoTo();
                        go.setDestination(target);
                        link.setAction(go);
                    }
                }
            }
            if (part.outline() != null) copy(part.outline(), outline);
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.setParentTree(new PDNumberTreeNode(tree, COSBase.class));
        root.setParentTreeNextKey(keys);
        var catalog = book.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        if (outline.hasChildren()) catalog.setDocumentOutline(outline);
        number(book, numbers);
        inline(book, document);
        return lost;
    }

    /**
     * Writes inside what holds them the dictionaries only one thing points at: a page's resources and its
     * property lists, a link's action and border, a tag's attributes and its references to content and to
     * annotations. PDFBox gives every dictionary not marked direct an object of its own, and saving took a
     * third of the PDF's time at 1,000 pages (270,000 objects). What a reader or a validator sees is the same:
     * the same dictionaries, in their places. Pages, annotations, tags and outline items stay objects of
     * their own, as other objects point at them.
     */
    private static void inline(PDDocument book, PDStructureElement document) {
        for (PDPage page : book.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            if (resources != null) {
                resources.setDirect(true);
                for (COSName kind : List.of(COSName.FONT, COSName.PROPERTIES, COSName.XOBJECT, COSName.EXT_G_STATE)) {
                    COSDictionary named = resources.getCOSDictionary(kind);
                    if (named == null) continue;
                    named.setDirect(true);
                    // A page's property lists are its own (a font or an image is shared, and stays an object).
                    if (kind == COSName.PROPERTIES) for (COSBase list : named.getValues()) if (list instanceof COSDictionary d) d.setDirect(true);
                }
            }
            COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annotations == null) continue;
            for (COSBase a : annotations) {
                if (!(a instanceof COSDictionary annotation)) continue;
                for (COSName own : List.of(COSName.A, COSName.BS)) {
                    if (annotation.getDictionaryObject(own) instanceof COSDictionary d) d.setDirect(true);
                }
            }
        }
        inline(document.getCOSObject());
    }

    /** A tag's attributes and its marked-content and object references; then its children's. */
    private static void inline(COSDictionary element) {
        COSBase attributes = element.getDictionaryObject(COSName.A);
        if (attributes instanceof COSDictionary d) d.setDirect(true);
        else if (attributes instanceof COSArray list) for (COSBase b : list) if (b instanceof COSDictionary d) d.setDirect(true);
        COSBase kids = element.getDictionaryObject(COSName.K);
        if (kids instanceof COSDictionary one) kid(one);
        else if (kids instanceof COSArray list) for (COSBase b : list) if (b instanceof COSDictionary d) kid(d);
    }

    private static void kid(COSDictionary kid) {
        COSName type = kid.getCOSName(COSName.TYPE);
        if (COSName.getPDFName("MCR").equals(type) || COSName.OBJR.equals(type)) kid.setDirect(true);
        else inline(kid);
    }

    /** The part's Document element's children, moved under the book's. */
    private static void adopt(PDStructureElement document, PDStructureTreeRoot part) {
        for (Object kid : part.getKids()) {
            if (!(kid instanceof PDStructureElement own)) continue;
            for (Object child : own.getKids()) {
                // The renderer puts only elements under its Document element (content sits in them).
                if (!(child instanceof PDStructureElement e)) throw new IllegalStateException("The renderer put " + child + " under its Document element.");
                document.appendKid(e);
            }
        }
    }

    /** The part's parent tree, as the renderer writes it: one node of numbers. */
    private static COSArray ownNumbers(PDStructureTreeRoot part) {
        PDNumberTreeNode tree = part.getParentTree();
        if (tree == null) return new COSArray();
        COSArray nums = tree.getCOSObject().getCOSArray(COSName.NUMS);
        if (nums == null || tree.getCOSObject().containsKey(COSName.KIDS)) {
            throw new IllegalStateException("The renderer wrote a parent tree of more than one node; Binding reads one.");
        }
        return nums;
    }

    private static void shift(COSDictionary d, COSName key, int offset) {
        int value = d.getInt(key, -1);
        if (value >= 0) d.setInt(key, value + offset);
    }

    private static void copy(PDOutlineNode from, PDOutlineNode to) {
        for (PDOutlineItem item : from.children()) {
            PDOutlineItem copy = new PDOutlineItem();
            copy.setTitle(item.getTitle());
            try {
                copy.setDestination(item.getDestination());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (item.getAction() != null) copy.setAction(item.getAction());
            to.addLast(copy);
            copy(item, copy);
            if (item.isNodeOpen()) copy.openNode();
        }
    }

    /**
     * Bottom right, on the baseline of the footer's words at the left, in their size and colour (8 pt, #505a5f):
     * where book.css's @page margins (18 mm at the sides, 22 mm below) put them. A change there changes these.
     */
    private static final float RIGHT = 51.0375f, BASELINE = 27.975f, SIZE = 7.9875f;

    private static void number(PDDocument book, PDFont font) throws IOException {
        int total = book.getNumberOfPages();
        COSDictionary pagination = new COSDictionary();
        pagination.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        PDPropertyList artifact = PDPropertyList.create(pagination);
        int n = 0;
        for (PDPage page : book.getPages()) {
            n++;
            if (n == 1) continue; // the cover
            String text = n + " / " + total;
            float width = font.getStringWidth(text) / 1000 * SIZE;
            try (PDPageContentStream s = new PDPageContentStream(book, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                s.beginMarkedContent(COSName.ARTIFACT, artifact);
                s.setNonStrokingColor(0x50 / 255f, 0x5a / 255f, 0x5f / 255f);
                s.beginText();
                s.setFont(font, SIZE);
                s.newLineAtOffset(page.getMediaBox().getWidth() - RIGHT - width, BASELINE);
                s.showText(text);
                s.endText();
                s.endMarkedContent();
            }
        }
    }
}
