// Builds the guide's search index with lunr.js (already loaded), inside the JVM. Evaluates to a function
// that takes a flat array of strings, six per section (see guide.index.Section#fields), and returns
// [index, text part 0, text part 1, ...], each JSON. assets/search/index-reader.js turns the index back into a lunr.Index.
//
// Fields: t: page title (boost 10), h: section heading (boost 5), s: page summary (boost 2), b: body text.
// The title and summary are indexed on the page's opening section only: the browser groups results by
// page, so a page's title words count for the whole page without repeating them in every section.
// lunr's default pipeline (trimmer, stop words, English stemmer) builds it; the search pipeline (the
// stemmer) is what the browser runs on queries.
//
// The index is not lunr's own JSON (Index#toJSON), which at 1,000 pages is about 2 MB: it holds what
// lunr's Builder counted (each term's frequency in each field of each section, and each field's length)
// in small integers, and the reader redoes lunr's scoring arithmetic (BM25, as Builder#createFieldVectors
// does it) in the browser. Its parts:
//   terms:    every term, sorted (the order is each term's number)
//   postings: per term, per field in the order of `fields`, the sections holding it: numbers that go up,
//             written as the gap from the one before; a gap is negative when the term occurs more than
//             once there, and then the next number is how many times
//   lengths:  per field, each section's length in terms
//   pages:    [title, address] per page; docs: [page number, heading, anchor] per section
//   parts:    the first section of each text part after the first (see below)
// The text results show under each hit (snippets) is not in the index: it comes as a list of strings per
// section, cut into parts of about PART characters, which the page loads after the first results show.
(function (SNIPPET, PART) {
  var FIELDS = ['t', 'h', 's', 'b'], BOOSTS = [10, 5, 2, 1];

  function cut(text) {
    if (text.length <= SNIPPET) return text;
    var end = text.lastIndexOf(' ', SNIPPET);
    return text.substring(0, end > SNIPPET / 2 ? end : SNIPPET);
  }

  return function (flat) {
    var builder = new lunr.Builder();
    builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
    builder.searchPipeline.add(lunr.stemmer);
    builder.ref('id');
    for (var f = 0; f < FIELDS.length; f++) builder.field(FIELDS[f], { boost: BOOSTS[f] });

    var pages = [], docs = [], texts = [], pageNumbers = Object.create(null), n = 0;
    for (var i = 0; i + 5 < flat.length; i += 6) {
      var page = flat[i], anchor = flat[i + 1], title = flat[i + 2], heading = flat[i + 3],
          summary = flat[i + 4], body = flat[i + 5];
      var opening = !(page in pageNumbers);
      if (opening) {
        pageNumbers[page] = pages.length;
        pages.push([title, page]);
      }
      var ref = String(n++);
      builder.add({ id: ref, t: opening ? title : '', h: heading, s: opening ? summary : '', b: body });
      docs.push([pageNumbers[page], heading, anchor]);
      texts.push(cut(body || summary));
    }

    var terms = Object.keys(builder.invertedIndex).sort();
    var termNumber = Object.create(null);
    for (var t = 0; t < terms.length; t++) termNumber[terms[t]] = t;

    // Per term, per field: [section, frequency] pairs, sections in order.
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
        var out = [], last = 0;
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
    for (var x = 0; x < texts.length; x++) {
      if (size > 0 && size + texts[x].length > PART) {
        parts.push(x);
        partTexts.push([]);
        size = 0;
      }
      partTexts[partTexts.length - 1].push(texts[x]);
      size += texts[x].length;
    }

    var index = {
      format: 1, fields: FIELDS, boosts: BOOSTS, pipeline: builder.searchPipeline.toJSON(),
      terms: terms, postings: postings, lengths: lengths, pages: pages, docs: docs, parts: parts
    };
    return [JSON.stringify(index)].concat(partTexts.map(function (part) { return JSON.stringify(part); }));
  };
})(1200, 60000)
