/* The search page: searches the index the build wrote with lunr.js (search-index.js, search-store.js,
   loaded by the page as scripts, so the guide also works opened straight from disk) and lists the
   results. Nothing leaves the browser. The query is only ever put on the page as text. */
(function () {
  'use strict';

  var form = document.querySelector('form[data-search]');
  if (!form) return;
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var aToZ = document.getElementById('a-to-z');
  var needsScript = document.getElementById('search-needs-js');
  /** Results shown at most: more than this is a list nobody reads, and a slow page on old phones. */
  var SHOWN = 50;
  /** Words of text around the first matched word in a snippet. */
  var BEFORE = 10, WORDS = 32;

  if (needsScript) needsScript.hidden = true;

  function message(name, values) {
    var text = form.getAttribute('data-msg-' + name) || '';
    return text.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values || {}, key) ? String(values[key]) : all;
    });
  }

  function say(text) {
    // Emptied first, so that the same words said twice are announced twice.
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  var store = window.guideSearchStore;
  var index = null;
  try {
    if (window.lunr && window.guideSearchIndex && store) index = window.lunr.Index.load(window.guideSearchIndex);
  } catch (e) {
    index = null;
  }

  /** The query as plain words: Lunr's query syntax (field:, ~, ^, *, +, -) is never interpreted. */
  function words(text) {
    var seen = Object.create(null), out = [];
    lunr.tokenizer(String(text).replace(/\*/g, ' ')).forEach(function (token) {
      // The index's own steps, short of stemming (which the query runs through the index's pipeline).
      var trimmed = lunr.trimmer(token);
      var word = trimmed.toString();
      if (!word || !lunr.stopWordFilter(trimmed) || seen[word]) return;
      seen[word] = true;
      out.push(word);
    });
    return out;
  }

  function find(terms, presence, wildcard) {
    return index.query(function (query) {
      terms.forEach(function (term) {
        if (wildcard && term.length < 3) return;
        query.term(term, wildcard
          ? { presence: presence, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false }
          : { presence: presence });
      });
    });
  }

  /** Sections with every word first; failing that, any word; failing that, words that start that way. */
  function search(terms) {
    if (!terms.length) return [];
    var results = find(terms, lunr.Query.presence.REQUIRED, false);
    if (!results.length && terms.length > 1) results = find(terms, lunr.Query.presence.OPTIONAL, false);
    if (!results.length) results = find(terms, lunr.Query.presence.OPTIONAL, true);
    return results;
  }

  function stem(word) {
    return lunr.stemmer(lunr.trimmer(new lunr.Token(word.toLowerCase()))).toString();
  }

  /** A few lines of the section around its first matched word, matched words in <mark>. */
  function snippet(text, matched) {
    var tokens = [], re = /[^\s\-]+/g, m, first = -1;
    while ((m = re.exec(text)) !== null) {
      var hit = matched[stem(m[0])] === true;
      tokens.push({ start: m.index, end: m.index + m[0].length, hit: hit });
      if (hit && first < 0) first = tokens.length - 1;
    }
    var from = Math.max(0, (first < 0 ? 0 : first) - BEFORE);
    var to = Math.min(tokens.length, from + WORDS);
    var p = document.createElement('p');
    p.className = 'search__result-snippet';
    if (!tokens.length) return p;
    var at = tokens[from].start;
    if (from > 0) p.appendChild(document.createTextNode('… '));
    for (var i = from; i < to; i++) {
      var t = tokens[i];
      if (!t.hit) continue;
      if (t.start > at) p.appendChild(document.createTextNode(text.slice(at, t.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(t.start, t.end);
      p.appendChild(mark);
      at = t.end;
    }
    var end = tokens[to - 1].end;
    if (end > at) p.appendChild(document.createTextNode(text.slice(at, end)));
    if (to < tokens.length) p.appendChild(document.createTextNode(' …'));
    return p;
  }

  function result(hit) {
    var doc = store.docs[Number(hit.ref)];
    var page = store.pages[doc.p];
    var matched = Object.create(null);
    Object.keys(hit.matchData.metadata).forEach(function (term) { matched[term] = true; });

    var li = document.createElement('li');
    li.className = 'search__result';
    var heading = document.createElement('h2');
    heading.className = 'search__result-heading';
    var link = document.createElement('a');
    link.className = 'search__result-link';
    link.href = page.u + (doc.a ? '#' + doc.a : '');
    link.textContent = doc.h || page.t;
    heading.appendChild(link);
    li.appendChild(heading);
    if (doc.h) {
      var from = document.createElement('p');
      from.className = 'search__result-page';
      from.textContent = page.t;
      li.appendChild(from);
    }
    li.appendChild(snippet(doc.x, matched));
    return li;
  }

  function show(query, submitted) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var text = query.replace(/\s+/g, ' ').trim();
    if (!index) {
      say(message('unavailable'));
      if (aToZ) aToZ.hidden = false;
      return;
    }
    if (!text) {
      say(submitted ? message('empty') : '');
      if (aToZ) aToZ.hidden = false;
      return;
    }
    var hits = search(words(text));
    hits.slice(0, SHOWN).forEach(function (hit) { list.appendChild(result(hit)); });
    if (aToZ) aToZ.hidden = hits.length > 0;
    var values = { n: hits.length, query: text, shown: SHOWN };
    say(message(hits.length === 0 ? 'none' : hits.length === 1 ? 'one' : hits.length > SHOWN ? 'first' : 'many', values));
  }

  function queryInAddress() {
    var q = new URLSearchParams(window.location.search).get('q');
    return q === null ? '' : q;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value;
    try {
      var url = new URL(window.location.href);
      url.searchParams.set('q', query);
      window.history.pushState({ q: query }, '', url.href);
    } catch (e) {
      // Pages opened from disk may not change their address: the results still show.
    }
    show(query, true);
  });

  window.addEventListener('popstate', function () {
    input.value = queryInAddress();
    show(input.value, false);
  });

  input.value = queryInAddress();
  if (input.value || !index) show(input.value, false);
}());
