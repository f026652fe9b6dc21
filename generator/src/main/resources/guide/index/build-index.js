// Builds the guide's search index with lunr.js (already loaded), inside the JVM. Evaluates to a function
// that takes a flat array of strings, six per section (see guide.index.Section#fields), and returns
// [serialized index, serialized store], both JSON. assets/search/search.js reads both.
//
// Index fields have one-letter names because every term's entry in the index repeats them all:
//   t: page title (boost 10), h: section heading (boost 5), s: page summary (boost 2), b: body text.
// The builder keeps lunr's default pipeline (trimmer, stop words, English stemmer); the index records
// the search pipeline (the stemmer), so the browser's lunr.Index.load stems queries the same way.
//
// The store holds what a result shows, one entry per index ref (the section's position):
//   pages: [{t: title, u: address}], docs: [{p: page number, h: heading, a: anchor id, x: text for snippets}]
(function (SNIPPET) {
  function cut(text) {
    if (text.length <= SNIPPET) return text;
    var end = text.lastIndexOf(' ', SNIPPET);
    return text.substring(0, end > SNIPPET / 2 ? end : SNIPPET);
  }
  return function (flat) {
    var docs = [], pages = [], docsOut = [], pageNumbers = Object.create(null);
    for (var i = 0; i + 5 < flat.length; i += 6) {
      var page = flat[i], anchor = flat[i + 1], title = flat[i + 2], heading = flat[i + 3],
          summary = flat[i + 4], body = flat[i + 5];
      if (!(page in pageNumbers)) {
        pageNumbers[page] = pages.length;
        pages.push({ t: title, u: page });
      }
      var ref = String(docs.length);
      docs.push({ id: ref, t: title, h: heading, s: summary, b: body });
      docsOut.push({ p: pageNumbers[page], h: heading, a: anchor, x: cut(body || summary) });
    }
    var index = lunr(function () {
      this.ref('id');
      this.field('t', { boost: 10 });
      this.field('h', { boost: 5 });
      this.field('s', { boost: 2 });
      this.field('b');
      for (var d = 0; d < docs.length; d++) this.add(docs[d]);
    });
    return [JSON.stringify(index), JSON.stringify({ pages: pages, docs: docsOut })];
  };
})(1200)
