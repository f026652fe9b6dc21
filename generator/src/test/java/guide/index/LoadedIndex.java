package guide.index;

import guide.testing.BuiltGuide;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An index the build wrote, read back by the browser's own reader (assets/search/index-reader.js) into
 * lunr.js, in a GraalJS context of its own: for asking it questions in tests.
 */
final class LoadedIndex implements AutoCloseable {
    static final Path READER = BuiltGuide.repositoryRoot().resolve("assets/search/index-reader.js");

    private final Context context;
    private final Value search;

    LoadedIndex(String index) {
        context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        context.eval(Source.create("js", Lunr.resource(Lunr.SCRIPT)));
        context.eval(Source.create("js", reader()));
        Value load = context.eval("js", "(function (json) { var index = guideSearchReader.read(JSON.parse(json));"
                + " return function (q) { return index.search(q).map(function (r) { return r.ref; }); }; })");
        search = load.execute(index);
    }

    static String reader() {
        try {
            return Files.readString(READER, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refs (section positions) that match, best first. */
    List<Integer> search(String query) {
        Value refs = search.execute(query);
        List<Integer> out = new ArrayList<>();
        for (long i = 0; i < refs.getArraySize(); i++) out.add(Integer.parseInt(refs.getArrayElement(i).asString()));
        return out;
    }

    @Override
    public void close() {
        context.close();
    }
}
