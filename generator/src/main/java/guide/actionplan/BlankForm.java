package guide.actionplan;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The blank fillable PDF, written with Apache PDFBox: a text field for the date completed, each
 * assessment answer and each cell of the action table, named as in the web form
 * ({@code partnership.actions.2.responsible}), each with a tooltip that names its question. The PDF is
 * tagged: a structure tree (headings, paragraphs, lists, a table, form fields) in reading order, the
 * document's language and title, and page tab order that follows the structure. It claims PDF/UA-1, and
 * the tests hold it to that with veraPDF.
 */
public final class BlankForm {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float[] COLUMN_SHARE = {0.34f, 0.22f, 0.28f, 0.16f};
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDDocument doc;
    private final PDFont font;
    private final PDAcroForm form;
    private final PDStructureElement document;
    /** The parent tree: for each page, its structure elements by MCID; for each widget, its Form element. */
    private final Map<Integer, COSObjectable> parents = new TreeMap<>();
    private final Map<String, PDNonTerminalField> groups = new HashMap<>();
    private int nextParent;

    private PDPage page;
    private PDPageContentStream content;
    private COSArray pageElements;
    private float y;

    private BlankForm(PDDocument doc, String title, String language) throws IOException {
        this.doc = doc;
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language);
        doc.getDocumentInformation().setTitle(title);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(title, language));
        catalog.setMetadata(metadata);
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setLanguage(language);
        root.appendKid(document);
        try (InputStream in = BlankForm.class.getResourceAsStream(FONT)) {
            if (in == null) throw new IllegalStateException("PDFBox's Liberation Sans font is missing from its jar");
            font = PDType0Font.load(doc, in, true);
        }
        form = new PDAcroForm(doc);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/Helv 10 Tf 0 g");
        // Viewers draw the (empty) fields and whatever the reader types in them.
        form.setNeedAppearances(true);
        catalog.setAcroForm(form);
    }

    public static byte[] write(ActionPlan plan, Texts texts, String language) {
        try (PDDocument doc = new PDDocument()) {
            BlankForm pdf = new BlankForm(doc, plan.title(), language);
            pdf.draw(plan, texts);
            pdf.finish(fingerprint(plan));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(ActionPlan plan, Texts texts) throws IOException {
        newPage();
        block(document, StandardStructureTypes.H1, plan.title(), 20, 8);
        if (!plan.introduction().isBlank()) block(document, StandardStructureTypes.P, plan.introduction(), 11, 10);
        boolean first = true;
        for (ActionPlan.Priority p : plan.priorities()) {
            if (!first) newPage();
            first = false;
            PDStructureElement sect = element(document, StandardStructureTypes.SECT);
            block(sect, StandardStructureTypes.H2, p.title(), 16, 8);
            field(sect, ActionPlan.completedField(p), texts.get("action-plan.completed") + " ("
                    + texts.get("action-plan.date.format") + ")", p.title(), 160, 22, false);
            block(sect, StandardStructureTypes.H3, texts.get("action-plan.questions"), 13, 4);
            PDStructureElement list = element(sect, StandardStructureTypes.L);
            int n = 0;
            for (ActionPlan.Question q : p.questions()) {
                listItem(list, (++n) + ".", q.text(), 0);
                if (!q.prompts().isEmpty()) {
                    PDStructureElement sub = element(list, StandardStructureTypes.L);
                    for (String prompt : q.prompts()) listItem(sub, "\u2022", prompt, 18);
                }
            }
            y -= 6;
            block(sect, StandardStructureTypes.H3, texts.get("action-plan.assessment"), 13, 4);
            for (ActionPlan.Answer a : plan.assessment()) {
                field(sect, ActionPlan.answerField(p, a), a.label(), p.title(), WIDTH, 90, true);
            }
            block(sect, StandardStructureTypes.H3, texts.get("action-plan.actions"), 13, 4);
            table(sect, plan, p, texts);
        }
    }

    private void table(PDStructureElement parent, ActionPlan plan, ActionPlan.Priority p, Texts texts) throws IOException {
        List<ActionPlan.Column> columns = plan.columns();
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = WIDTH * (c < COLUMN_SHARE.length && columns.size() == COLUMN_SHARE.length ? COLUMN_SHARE[c] : 1f / columns.size());
        }
        float rowHeight = 44;
        PDStructureElement table = element(parent, StandardStructureTypes.TABLE);
        headerRow(table, columns, widths, texts);
        for (int row = 1; row <= ActionPlan.BLANK_ROWS; row++) {
            if (y - rowHeight < MARGIN) {
                newPage();
                headerRow(table, columns, widths, texts);
            }
            PDStructureElement tr = element(table, StandardStructureTypes.TR);
            float x = MARGIN;
            for (int c = 0; c < columns.size(); c++) {
                ActionPlan.Column col = columns.get(c);
                PDStructureElement td = element(tr, StandardStructureTypes.TD);
                String tip = p.title() + ": " + texts.get("action-plan.row", row) + ": " + col.label()
                        + (col.date() ? " (" + texts.get("action-plan.date.format") + ")" : "");
                widget(td, ActionPlan.cellField(p, row, col), tip, new PDRectangle(x, y - rowHeight, widths[c], rowHeight), !col.date());
                x += widths[c];
            }
            y -= rowHeight;
        }
        y -= 10;
    }

    private void headerRow(PDStructureElement table, List<ActionPlan.Column> columns, float[] widths, Texts texts) throws IOException {
        float size = 10;
        float height = 0;
        List<List<String>> labels = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ActionPlan.Column col = columns.get(c);
            String label = col.date() ? col.label() + " (" + texts.get("action-plan.date.format") + ")" : col.label();
            labels.add(lines(label, size, widths[c] - 8));
            height = Math.max(height, labels.get(c).size() * size * 1.3f + 8);
        }
        if (y - height - 44 < MARGIN) newPage();
        PDStructureElement tr = element(table, StandardStructureTypes.TR);
        float x = MARGIN;
        float band = height;
        artifact(() -> {
            content.setNonStrokingColor(0.87f, 0.87f, 0.87f);
            content.addRect(MARGIN, y - band, WIDTH, band);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        });
        for (int c = 0; c < columns.size(); c++) {
            PDStructureElement th = element(tr, StandardStructureTypes.TH);
            PDTableAttributeObject scope = new PDTableAttributeObject();
            scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
            th.addAttribute(scope);
            text(th, StandardStructureTypes.TH, labels.get(c), x + 4, y - 4, size);
            x += widths[c];
        }
        y -= height;
    }

    /** A label drawn as a paragraph, then its field below it, both inside one Form-labelled group. */
    private void field(PDStructureElement parent, String name, String label, String section, float width, float height,
                       boolean multiline) throws IOException {
        List<String> lines = lines(label, 11, WIDTH);
        float needed = lines.size() * 11 * 1.3f + height + 12;
        if (y - needed < MARGIN) newPage();
        PDStructureElement p = element(parent, StandardStructureTypes.P);
        text(p, StandardStructureTypes.P, lines, MARGIN, y, 11);
        y -= lines.size() * 11 * 1.3f + 3;
        PDStructureElement div = element(parent, StandardStructureTypes.DIV);
        widget(div, name, section + ": " + label, new PDRectangle(MARGIN, y - height, width, height), multiline);
        y -= height + 10;
    }

    private void widget(PDStructureElement parent, String name, String tooltip, PDRectangle rect, boolean multiline)
            throws IOException {
        PDTextField field = new PDTextField(form);
        int dot = name.lastIndexOf('.');
        field.setPartialName(name.substring(dot + 1));
        field.setAlternateFieldName(tooltip);
        field.setMultiline(multiline);
        field.setDefaultAppearance(multiline ? "/Helv 10 Tf 0 g" : "/Helv 11 Tf 0 g");
        attach(field, dot < 0 ? null : group(name.substring(0, dot)));
        PDAnnotationWidget w = field.getWidgets().get(0);
        w.setRectangle(rect);
        w.setPage(page);
        w.setPrinted(true);
        PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
        mk.setBorderColour(new PDColor(new float[] {0.2f, 0.2f, 0.2f}, PDDeviceRGB.INSTANCE));
        w.setAppearanceCharacteristics(mk);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(1);
        w.setBorderStyle(border);
        page.getAnnotations().add(w);
        // The box is also drawn on the page, so the printed form shows it whatever the viewer does with fields.
        artifact(() -> {
            content.setLineWidth(0.8f);
            content.addRect(rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getWidth(), rect.getHeight());
            content.stroke();
        });
        PDStructureElement formElement = element(parent, StandardStructureTypes.FORM);
        formElement.setAlternateDescription(tooltip);
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(w);
        formElement.appendKid(ref);
        int key = nextParent++;
        w.setStructParent(key);
        parents.put(key, formElement);
    }

    /** Field names have dots ({@code partnership.actions.2.action}); in a PDF each dot is a level of fields. */
    private PDNonTerminalField group(String path) {
        PDNonTerminalField existing = groups.get(path);
        if (existing != null) return existing;
        int dot = path.lastIndexOf('.');
        PDNonTerminalField g = new PDNonTerminalField(form);
        g.setPartialName(path.substring(dot + 1));
        attach(g, dot < 0 ? null : group(path.substring(0, dot)));
        groups.put(path, g);
        return g;
    }

    private void attach(PDField field, PDNonTerminalField parent) {
        if (parent == null) {
            form.getFields().add(field);
            return;
        }
        COSArray kids = parent.getCOSObject().getCOSArray(COSName.KIDS);
        if (kids == null) {
            kids = new COSArray();
            parent.getCOSObject().setItem(COSName.KIDS, kids);
        }
        kids.add(field.getCOSObject());
        field.getCOSObject().setItem(COSName.PARENT, parent.getCOSObject());
    }

    private void listItem(PDStructureElement list, String label, String body, float indent) throws IOException {
        float size = 11;
        float textX = MARGIN + indent + 18;
        List<String> lines = lines(body, size, WIDTH - indent - 18);
        float height = lines.size() * size * 1.3f + 3;
        if (y - height < MARGIN) newPage();
        PDStructureElement li = element(list, StandardStructureTypes.LI);
        PDStructureElement lbl = element(li, StandardStructureTypes.LBL);
        text(lbl, StandardStructureTypes.LBL, List.of(label), MARGIN + indent, y, size);
        PDStructureElement lbody = element(li, StandardStructureTypes.L_BODY);
        PDStructureElement p = element(lbody, StandardStructureTypes.P);
        text(p, StandardStructureTypes.P, lines, textX, y, size);
        y -= height;
    }

    private void block(PDStructureElement parent, String type, String text, float size, float after) throws IOException {
        List<String> lines = lines(text, size, WIDTH);
        float height = lines.size() * size * 1.3f;
        // Keep a heading with at least a little of what follows it.
        float keep = type.startsWith("H") ? 80 : 0;
        if (y - height - keep < MARGIN) newPage();
        PDStructureElement e = element(parent, type);
        text(e, type, lines, MARGIN, y, size);
        y -= height + after;
    }

    /** Draws lines of text from the top at {@code top} as one marked-content sequence of {@code e}. */
    private void text(PDStructureElement e, String type, List<String> lines, float x, float top, float size) throws IOException {
        int mcid = pageElements.size();
        content.beginMarkedContent(COSName.getPDFName(type), mcid);
        content.beginText();
        content.setFont(font, size);
        float leading = size * 1.3f;
        content.newLineAtOffset(x, top - size);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) content.newLineAtOffset(0, -leading);
            content.showText(lines.get(i));
        }
        content.endText();
        content.endMarkedContent();
        e.setPage(page);
        e.appendKid(mcid);
        pageElements.add(e);
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private void artifact(Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    private PDStructureElement element(PDStructureNode parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent);
        e.setPage(page);
        parent.appendKid(e);
        return e;
    }

    private List<String> lines(String text, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }

    private void newPage() throws IOException {
        if (content != null) content.close();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        // Tab through the fields in the order of the structure tree.
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        int key = nextParent++;
        page.setStructParents(key);
        pageElements = new COSArray();
        parents.put(key, pageElements);
        content = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void finish(byte[] id) throws IOException {
        if (content != null) content.close();
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        PDNumberTreeNode tree = new PDNumberTreeNode(COSBase.class);
        tree.setNumbers(parents);
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextParent);
        // PDFBox would make the file identifier from the clock; derive it from the content instead.
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] fingerprint(ActionPlan plan) {
        try {
            return java.util.Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                    .digest(plan.toString().getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] xmp(String title, String language) {
        String t = escape(title);
        String xml = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(t, escape(language));
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
