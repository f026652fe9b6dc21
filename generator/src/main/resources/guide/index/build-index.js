// Builds the guide's search index with lunr.js (already loaded), inside the JVM. Evaluates to a function
// that takes a flat array of strings, six per section (see guide.index.Section#fields), and returns
// [index, text part 0, text part 1, ...], each JSON. assets/search/index-reader.js turns the index back into a lunr.Index.
//
// The index is of pages, not sections: results are grouped by page, and a page-level index is several
// times smaller to download (at 1,000 pages, about 70 KB gzipped instead of 280). Fields:
//   t: the page's title (boost 10), h: its section headings (boost 5), s: its summary (boost 2), b: its text.
// Which sections of a page match, and the snippets, come from the text parts, which hold each section's
// heading, anchor and text; the page finds them there once they have loaded (see search.js).
// lunr's default pipeline (trimmer, stop words, English stemmer) builds it; the search pipeline (the
// stemmer) is what the browser runs on queries.
//
// The index is not lunr's own JSON (Index#toJSON), which is several times larger: it holds what lunr's
// Builder counted (each term's frequency in each field of each page, and each field's length) in small
// integers, and the reader redoes lunr's scoring arithmetic (BM25, as Builder#createFieldVectors does it)
// in the browser. Its parts:
//   terms:    every term, sorted (the order is each term's number)
//   postings: per term, per field in the order of `fields`, the pages holding it: numbers that go up,
//             written as the gap from the one before (the first from -1); a gap is negative when the term occurs more than
//             once there, and then the next number is how many times
//   lengths:  per field, each page's length in terms
//   pages:    [title, address, first section] per page; sections: how many sections in all
//   parts:    the first section of each text part after the first
// The text parts: [heading, anchor, text] per section ("" and "" for a page's opening), in order, about
// PART characters of text each.
(function (SNIPPET, PART) {
  var FIELDS = ['t', 'h', 's', 'b'], BOOSTS = [10, 5, 2, 1];

  function cut(text) {
    if (text.length <= SNIPPET) return text;
    var end = text.lastIndexOf(' ', SNIPPET);
    return text.substring(0, end > SNIPPET / 2 ? end : SNIPPET);
  }

  function remembered(step) {
    var seen = Object.create(null);
    var fn = function (token, i, tokens) {
      var word = token.toString(), out = seen[word];
      if (out === undefined) out = seen[word] = step(new lunr.Token(word, {}), i, tokens).toString();
      return token.update(function () { return out; });
    };
    // Registered, as lunr asks of every pipeline step (only the search pipeline, plain lunr.stemmer, is saved).
    lunr.Pipeline.registerFunction(fn, 'remembered-' + step.label);
    return fn;
  }
  // lunr's own trimmer and stemmer, each remembered per word: they depend on the word alone, and a guide
  // says the same words over and over (GraalJS interprets, so this halves the build). Made once, so the
  // words of the warm-up and of earlier builds (the preview) are remembered too.
  var trimmer = remembered(lunr.trimmer), stemmer = remembered(lunr.stemmer);

  // The words of a field as lunr's tokenizer cuts them (at its separator), cut by one regular expression:
  // lunr's own tokenizer tests every character in turn, which GraalJS interprets slowly. Given the words,
  // lunr lowercases each itself, so the terms are the same.
  function words(text) {
    var out = [], parts = text.split(lunr.tokenizer.separator);
    for (var i = 0; i < parts.length; i++) if (parts[i]) out.push(parts[i]);
    return out;
  }

  return function (flat) {
    var builder = new lunr.Builder();
    builder.pipeline.add(trimmer, lunr.stopWordFilter, stemmer);
    builder.searchPipeline.add(lunr.stemmer);
    builder.ref('id');
    for (var f = 0; f < FIELDS.length; f++) builder.field(FIELDS[f], { boost: BOOSTS[f] });

    var pages = [], docs = [], sections = [], pageNumbers = Object.create(null);
    for (var i = 0; i + 5 < flat.length; i += 6) {
      var page = flat[i], anchor = flat[i + 1], title = flat[i + 2], heading = flat[i + 3],
          summary = flat[i + 4], body = flat[i + 5];
      if (!(page in pageNumbers)) {
        pageNumbers[page] = pages.length;
        pages.push([title, page, sections.length]);
        docs.push({ id: String(docs.length), t: title, h: [], s: summary, b: [] });
      }
      var doc = docs[pageNumbers[page]];
      if (heading) doc.h.push(heading);
      if (body) doc.b.push(body);
      sections.push([heading, anchor, cut(body || summary)]);
    }
    for (var d = 0; d < docs.length; d++) {
      docs[d].t = words(docs[d].t);
      docs[d].h = words(docs[d].h.join(' '));
      docs[d].s = words(docs[d].s);
      docs[d].b = words(docs[d].b.join(' '));
      builder.add(docs[d]);
    }
    var n = docs.length;

    var terms = Object.keys(builder.invertedIndex).sort();
    var termNumber = Object.create(null);
    for (var t = 0; t < terms.length; t++) termNumber[terms[t]] = t;

    // Per term, per field: [page, frequency] pairs, pages in order.
    var found = terms.map(function () { return FIELDS.map(function () { return []; }); });
    var lengths = FIELDS.map(function () { var a = []; for (var d = 0; d < n; d++) a.push(0); return a; });
    for (var d = 0; d < n; d++) {
      for (var g = 0; g < FIELDS.length; g++) {
        var fieldRef = FIELDS[g] + '/' + d;
        lengths[g][d] = builder.fieldLengths[fieldRef] || 0;
        var frequencies = builder.fieldTermFrequencies[fieldRef] || {};
        for (var term in frequencies) found[termNumber[term]][g].push(d, frequencies[term]);
      }
    }
    var postings = found.map(function (byField) {
      return byField.map(function (pairs) {
        var out = [], last = -1; // so every gap is at least 1, and a negative one stands out (there is no -0)
        for (var p = 0; p < pairs.length; p += 2) {
          var gap = pairs[p] - last, count = pairs[p + 1];
          last = pairs[p];
          if (count === 1) out.push(gap); else out.push(-gap, count);
        }
        return out;
      });
    });

    // Text parts: consecutive sections, about PART characters each.
    var parts = [], partTexts = [[]], size = 0;
    for (var x = 0; x < sections.length; x++) {
      if (size > 0 && size + sections[x][2].length > PART) {
        parts.push(x);
        partTexts.push([]);
        size = 0;
      }
      partTexts[partTexts.length - 1].push(sections[x]);
      size += sections[x][2].length;
    }

    var index = {
      format: 1, fields: FIELDS, boosts: BOOSTS, pipeline: builder.searchPipeline.toJSON(),
      terms: terms, postings: postings, lengths: lengths, pages: pages, sections: sections.length, parts: parts
    };
    return [JSON.stringify(index)].concat(partTexts.map(function (part) { return JSON.stringify(part); }));
  };
})(1200, 60000)
