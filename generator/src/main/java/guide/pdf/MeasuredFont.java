package guide.pdf;

import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * An embedded DejaVu font that remembers the width and the code of each letter. openhtmltopdf measures every run of
 * text as it breaks lines and again as it draws them (only to learn whether the font has every letter),
 * and PDFBox measures a string by encoding it and reading the codes back through the font's CMap: a
 * quarter of laying out and drawing the guide. A string's width is the sum of its letters' widths, added
 * in the same order, so the results are the same floats; a letter the font lacks still throws as PDFBox
 * does, which is how openhtmltopdf finds it needs another font. Everything else is the font itself (the
 * same dictionary, subset and embedded as before), so the PDF's bytes do not change.
 */
final class MeasuredFont extends PDFont {
    private final PDType0Font font;
    /** Width per code point; NaN for one the font has no glyph for. Only the layout's thread uses it. */
    private final Map<Integer, Float> widths = new HashMap<>();
    /** The font's code for each code point it has (PDFBox copies what it gets, and never changes it). */
    private final Map<Integer, byte[]> codes = new HashMap<>();

    MeasuredFont(PDType0Font font) {
        super(font.getCOSObject());
        this.font = font;
    }

    @Override
    public float getStringWidth(String text) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += width(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private float width(int codePoint) throws IOException {
        Float known = widths.get(codePoint);
        if (known == null) {
            try {
                known = font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IllegalArgumentException missing) {
                known = Float.NaN;
            }
            widths.put(codePoint, known);
        }
        if (known.isNaN()) throw new IllegalArgumentException(String.format("No glyph for U+%04X in font %s", codePoint, font.getName()));
        return known;
    }

    // The rest is the font's own.

    @Override
    protected byte[] encode(int unicode) throws IOException {
        byte[] code = codes.get(unicode);
        if (code == null) {
            code = font.encode(new String(Character.toChars(unicode))); // throws for a letter the font lacks, every time
            codes.put(unicode, code);
        }
        return code;
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return font.readCode(in);
    }

    @Override
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("DejaVu is not one of the standard 14 fonts");
    }

    @Override
    public boolean isVertical() {
        return font.isVertical();
    }

    @Override
    public void addToSubset(int codePoint) {
        font.addToSubset(codePoint);
    }

    @Override
    public void subset() throws IOException {
        font.subset();
    }

    @Override
    public boolean willBeSubset() {
        return font.willBeSubset();
    }

    @Override
    public String getName() {
        // PDFont's constructor asks for the name (is it one of the standard 14?) before this one has the font.
        return font == null ? dict.getNameAsString(org.apache.pdfbox.cos.COSName.BASE_FONT) : font.getName();
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return font.getFontDescriptor();
    }

    @Override
    public Matrix getFontMatrix() {
        return font.getFontMatrix();
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        return font.getBoundingBox();
    }

    @Override
    public Vector getPositionVector(int code) {
        return font.getPositionVector(code);
    }

    @Override
    public Vector getDisplacement(int code) throws IOException {
        return font.getDisplacement(code);
    }

    @Override
    public float getHeight(int code) throws IOException {
        return font.getHeight(code);
    }

    @Override
    public float getWidth(int code) throws IOException {
        return font.getWidth(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return font.hasExplicitWidth(code);
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return font.getWidthFromFont(code);
    }

    @Override
    public boolean isEmbedded() {
        return font.isEmbedded();
    }

    @Override
    public boolean isDamaged() {
        return font.isDamaged();
    }

    @Override
    public float getAverageFontWidth() {
        return font.getAverageFontWidth();
    }

    @Override
    public float getSpaceWidth() {
        return font.getSpaceWidth();
    }

    @Override
    public String toUnicode(int code) {
        return font.toUnicode(code);
    }

    @Override
    public String toUnicode(int code, GlyphList glyphList) {
        return font.toUnicode(code, glyphList);
    }

    @Override
    public boolean isStandard14() {
        return font.isStandard14();
    }

    @Override
    public String getType() {
        return font.getType();
    }

    @Override
    public String getSubType() {
        return font.getSubType();
    }

    @Override
    public COSDictionary getCOSObject() {
        return font.getCOSObject();
    }

    @Override
    public String toString() {
        return font.toString();
    }
}
