/* Turns the index the build wrote (search/search-index.js, see guide.index.PageIndex) back into a
   lunr.Index. The build keeps lunr's counts (how often each term is in each field of each section, and
   each field's length) rather than lunr's scores, which are several times larger to download; this redoes
   lunr's own arithmetic (Builder#createFieldVectors: BM25 with k1 1.2, b 0.75, rounded to 3 places), so
   lunr ranks exactly as if it had built the index here. Runs in the browser and, in the tests, in GraalJS. */
(function (global) {
  'use strict';

  var K1 = 1.2, B = 0.75;
  var NO_METADATA = {};

  function read(data) {
    var lunr = global.lunr;
    var fields = data.fields, boosts = data.boosts, terms = data.terms, postings = data.postings;
    var n = data.pages.length;
    var average = fields.map(function (field, f) {
      var lengths = data.lengths[f], sum = 0;
      for (var d = 0; d < n; d++) sum += lengths[d];
      return n ? sum / n : 0;
    });
    // elements[f][d]: the field vector of page d's field f, as lunr.Vector's flat [term, score, ...].
    var elements = fields.map(function () { return new Array(n); });
    var invertedIndex = Object.create(null);
    for (var t = 0; t < terms.length; t++) {
      var byField = postings[t];
      var posting = { _index: t }, withTerm = 0, f, p;
      for (f = 0; f < fields.length; f++) {
        var list = byField[f], count = 0;
        for (p = 0; p < list.length; p++) { if (list[p] < 0) p++; count++; }
        withTerm += count;
      }
      var x = (n - withTerm + 0.5) / (withTerm + 0.5);
      var idf = Math.log(1 + Math.abs(x));
      for (f = 0; f < fields.length; f++) {
        var gaps = byField[f], refs = {}, doc = -1, lengths = data.lengths[f], vectors = elements[f];
        var boost = boosts[f], avg = average[f];
        for (p = 0; p < gaps.length; p++) {
          var gap = gaps[p], tf = 1;
          if (gap < 0) { gap = -gap; tf = gaps[++p]; }
          doc += gap;
          refs[doc] = NO_METADATA;
          var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (lengths[doc] / avg)) + tf) * boost;
          var v = vectors[doc] || (vectors[doc] = []);
          // Terms come in order, so each vector stays sorted as lunr.Vector needs.
          v.push(t, Math.round(score * 1000) / 1000);
        }
        posting[fields[f]] = refs;
      }
      invertedIndex[terms[t]] = posting;
    }
    var fieldVectors = Object.create(null);
    for (var g = 0; g < fields.length; g++) {
      for (var d = 0; d < n; d++) {
        if (elements[g][d]) fieldVectors[fields[g] + '/' + d] = new lunr.Vector(elements[g][d]);
      }
    }
    return new lunr.Index({
      invertedIndex: invertedIndex,
      fieldVectors: fieldVectors,
      tokenSet: lunr.TokenSet.fromArray(terms),
      fields: fields.slice(),
      pipeline: lunr.Pipeline.load(data.pipeline)
    });
  }

  global.guideSearchReader = { read: read };
}(typeof window !== 'undefined' ? window : this));
