package guide.testing;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * veraPDF, the reference validator, run in-process with its PDF/UA-1 profile (the Matterhorn Protocol's
 * machine-checkable conditions). {@link #failures} lists every failed rule with a count and one example.
 */
public final class PdfUa {
    private static boolean initialised;

    private PdfUa() {}

    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    /** Each failed rule ("7.18.5-2: Links shall ...") with how often it failed; empty when the file passes. */
    public static Map<String, String> failures(byte[] pdf) {
        initialise();
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> out = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) continue;
                String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                counts.merge(rule, 1, Integer::sum);
                out.putIfAbsent(rule, a.getMessage() + " | e.g. " + a.getLocation().getContext() + " " + a.getErrorMessage());
            }
            counts.forEach((rule, n) -> out.put(rule, n + "x " + out.get(rule)));
            if (out.isEmpty() && !result.isCompliant()) out.put("?", "veraPDF says not compliant, with no failed rule listed");
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the file: " + e.getMessage(), e);
        }
    }

    /** The flavour a file is judged against: always PDF/UA-1 here, whatever the file claims. */
    public static List<String> flavours() {
        return List.of(PDFAFlavour.PDFUA_1.getId());
    }
}
