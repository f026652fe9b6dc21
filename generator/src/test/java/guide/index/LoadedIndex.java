package guide.index;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * A serialized index loaded back with lunr.Index.load, in a GraalJS context of its own, as a browser
 * would: for asking it questions in tests.
 */
final class LoadedIndex implements AutoCloseable {
    private final Context context;
    private final Value search;

    LoadedIndex(String serializedIndex) {
        context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        context.eval(Source.create("js", Lunr.resource(Lunr.SCRIPT)));
        Value load = context.eval("js", "(function (json) { var index = lunr.Index.load(JSON.parse(json));"
                + " return function (q) { return index.search(q).map(function (r) { return r.ref; }); }; })");
        search = load.execute(serializedIndex);
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
