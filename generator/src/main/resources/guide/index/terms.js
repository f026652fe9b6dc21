// lunr.js's own text pipeline, inside the JVM: which terms each word of the guide becomes. lunr.js is
// already loaded (the very file the browser loads). Evaluates to an object:
//   separator:      the source of lunr's tokenizer's separator; guide.index.PageIndex cuts text into
//                   words with the same, and refuses to build if lunr's ever differs from what it knows
//   searchPipeline: the pipeline the browser runs on queries (the stemmer), as lunr saves it, as JSON
//   terms(lines):   words, one per line, as the text holds them; returns, for each word in turn, how many
//                   terms lunr's default pipeline (trimmer, stop words, English stemmer) makes of it (0
//                   for a stop word), then those terms: what lunr.Builder#add counts for that word
// Each distinct word is asked once (PageIndex remembers the answers), and PageIndex does the counting:
// GraalJS only interprets on a stock JDK, and running lunr's Builder over every word of 1,000 pages took
// most of the build. LunrTest proves the counts are the ones lunr's own Builder makes.
(function () {
  var builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  return {
    separator: lunr.tokenizer.separator.source,
    searchPipeline: JSON.stringify(builder.searchPipeline.toJSON()),
    terms: function (lines) {
      var words = lines.split('\n'), out = [];
      for (var i = 0; i < words.length; i++) {
        // As Builder#add does with a field given as words: lunr's tokenizer makes a lower-cased token of
        // each, and the pipeline runs on the tokens.
        var terms = builder.pipeline.run(lunr.tokenizer([words[i]]));
        out.push(terms.length);
        for (var t = 0; t < terms.length; t++) out.push(terms[t].toString());
      }
      return out;
    }
  };
})()
