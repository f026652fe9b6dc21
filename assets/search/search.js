/* The search page: searches, as the reader types, the index the build wrote (search-index.js, read back
   into lunr.js by index-reader.js; scripts rather than JSON so the guide also works opened from disk) and
   lists the results: pages, best first, each with its best sections under it (from the text parts).

   Privacy: the query never leaves the page. It is never put in the address (so it reaches no server log
   and no history list): the header box hands it over in this tab's sessionStorage, which this page reads
   and empties at once; reloading and going back keep it in the history entry's own state, which is not
   part of any address. Every search replaces that state rather than adding history entries. The text of
   the results (search-text-N.js) is loaded part by part, all parts in the same order for every query, so
   which files a reader loaded says nothing about what they searched for. The query is only ever put on
   the page as text. */
(function () {
  'use strict';

  var form = document.querySelector('form[data-search]');
  if (!form) return;
  var input = form.querySelector('input[type="search"]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var aToZ = document.getElementById('a-to-z');
  var root = form.getAttribute('data-root') || '';
  /** The header box hands a query over under this key (search-box.js). */
  var HANDOVER = 'guide-search-query';
  /** Pages listed at most, and sections under each. */
  var PAGES = 20, SECTIONS = 3;
  /** A snippet: whole sentences from the first one with a match, up to about this many characters. */
  var SNIPPET = 240;
  /** How long typing must pause before the result count is announced. */
  var PAUSE = 700;
  var times = window.guideSearchTimes = window.guideSearchTimes || {};

  function message(name, values) {
    var text = form.getAttribute('data-msg-' + name) || '';
    return text.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values || {}, key) ? String(values[key]) : all;
    });
  }

  var announcing = 0;
  function say(text) {
    window.clearTimeout(announcing);
    // Emptied first, so that the same words said twice are announced twice.
    status.textContent = '';
    announcing = window.setTimeout(function () { status.textContent = text; }, 50);
  }

  var data = window.guideSearchIndex;
  var index = null;
  try {
    if (window.lunr && data && window.guideSearchReader) index = window.guideSearchReader.read(data);
  } catch (e) {
    index = null;
  }
  times.indexReady = window.performance ? window.performance.now() : 0;

  function stem(word) {
    return lunr.stemmer(lunr.trimmer(new lunr.Token(String(word).toLowerCase()))).toString();
  }

  // Related words (content/search-words.yml): each word's stem leads to its group.
  var related = Object.create(null);
  (window.guideSearchRelated || []).forEach(function (group) {
    group.forEach(function (word) { related[stem(word)] = group; });
  });

  /** The query as plain words: Lunr's query syntax (field:, ~, ^, *, +, -) is never interpreted. */
  function words(text) {
    var seen = Object.create(null), out = [];
    lunr.tokenizer(String(text).replace(/[*:~^+]/g, ' ')).forEach(function (token) {
      var trimmed = lunr.trimmer(token);
      var word = trimmed.toString();
      if (!word || !lunr.stopWordFilter(trimmed) || seen[word]) return;
      seen[word] = true;
      out.push(word);
    });
    return out;
  }

  /** ref -> {score, terms, title}: the pages one set of clauses finds, the index terms each matched, and whether in the title. */
  function run(add) {
    var found = Object.create(null);
    index.query(add).forEach(function (hit) {
      var meta = hit.matchData.metadata, terms = Object.keys(meta);
      found[hit.ref] = { score: hit.score, terms: terms, title: terms.some(function (t) { return !!meta[t].t; }) };
    });
    return found;
  }

  function any(found) {
    for (var k in found) return true; // eslint-disable-line no-unused-vars
    return false;
  }

  /** One word of the query: exactly (or a related word); failing that, words starting so; failing that, close spellings. */
  function find(word) {
    var group = related[stem(word)];
    var also = group ? group.filter(function (w) { return stem(w) !== stem(word); }) : [];
    var found = run(function (q) { q.term(word); });
    if (also.length) {
      // Related words count for less than the word typed, and never as a title match.
      var others = run(function (q) { also.forEach(function (w) { q.term(w); }); });
      for (var ref in others) {
        var o = others[ref], f = found[ref];
        if (!f) found[ref] = { score: o.score / 2, terms: o.terms, title: false };
        else { f.score += o.score / 2; f.terms = f.terms.concat(o.terms); }
      }
    }
    if (any(found)) return { found: found, close: false, also: also };
    if (word.length >= 2) {
      found = run(function (q) { q.term(word, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false }); });
      if (any(found)) return { found: found, close: true, also: [] };
    }
    if (word.length >= 4) {
      var distance = word.length >= 7 ? 2 : 1;
      found = run(function (q) {
        q.term(word, { editDistance: distance });
        q.term(word, { editDistance: distance, usePipeline: false });
      });
    }
    return { found: found, close: true, also: [] };
  }

  /** Pages with every word of the query first, then pages with most of them; best first. */
  function search(text) {
    var ws = words(text);
    if (!ws.length) return null;
    var byWord = ws.map(find);
    var pages = Object.create(null);
    byWord.forEach(function (w, i) {
      for (var ref in w.found) {
        var hit = w.found[ref];
        var page = pages[ref] || (pages[ref] = { number: Number(ref), count: 0, titled: 0, score: 0, terms: Object.create(null) });
        page.count++;
        if (hit.title) page.titled++;
        page.score += hit.score;
        hit.terms.forEach(function (t) { page.terms[t] = true; });
      }
    });
    var list = Object.keys(pages).map(function (k) { return pages[k]; });
    // Most words first; then pages whose title has most of them (a reader typing a page's subject wants
    // that page before the many that mention it); then lunr's score.
    list.sort(function (a, b) { return b.count - a.count || b.titled - a.titled || b.score - a.score || a.number - b.number; });
    return {
      words: ws.length,
      pages: list,
      close: byWord.some(function (w) { return w.close; }),
      every: list.length > 0 && list[0].count === ws.length,
      also: byWord.reduce(function (all, w) { return all.concat(w.also); }, [])
    };
  }

  // The snippet text, in parts (search-text-N.js), loaded in order once the first results show.
  var texts = window.guideSearchText = window.guideSearchText || [];
  var loading = false;
  function part(ref) {
    var p = 0;
    while (p < data.parts.length && ref >= data.parts[p]) p++;
    return p;
  }
  /** Section ref's [heading, anchor, text], once its part has loaded. */
  function section(ref) {
    var p = part(ref), got = texts[p];
    return got ? got[ref - (p ? data.parts[p - 1] : 0)] : null;
  }
  /** The numbers of page p's sections (its opening first). */
  function sectionsOf(p) {
    var from = data.pages[p][2], to = p + 1 < data.pages.length ? data.pages[p + 1][2] : data.sections, out = [];
    for (var r = from; r < to; r++) out.push(r);
    return out;
  }
  function loadTexts() {
    if (loading) return;
    loading = true;
    var next = 0;
    (function one() {
      if (next > data.parts.length) return;
      if (texts[next]) { next++; fill(); one(); return; }
      var script = document.createElement('script');
      script.src = root + 'search/search-text-' + next + '.js';
      script.onload = function () { next++; fill(); one(); };
      script.onerror = function () { next++; one(); };
      document.head.appendChild(script);
    }());
  }

  /** Whole sentences from the first one with a matched word; matched words in <mark>. */
  function snippet(p, full, matched) {
    while (p.firstChild) p.removeChild(p.firstChild);
    var sentences = full.match(/[^.!?;…]+(?:[.!?;…]+["'’”)\]]*|$)\s*/g) || [full];
    var start = 0;
    for (var s = 0; s < sentences.length; s++) {
      if (hits(sentences[s], matched)) { start = s; break; }
    }
    var out = '';
    for (var e = start; e < sentences.length && out.length < SNIPPET; e++) out += sentences[e];
    var more = e < sentences.length;
    if (out.length > SNIPPET * 1.5) {
      var cut = out.lastIndexOf(' ', SNIPPET * 1.5);
      out = out.slice(0, cut > 0 ? cut : SNIPPET * 1.5);
      more = true;
    }
    out = out.trim();
    if (start > 0) p.appendChild(document.createTextNode('… '));
    var re = /[^\s\-–—\/]+/g, m, at = 0;
    while ((m = re.exec(out)) !== null) {
      var word = /^\W*(.*?)\W*$/.exec(m[0])[1];
      if (!word || !matched[stem(word)]) continue;
      var from = m.index + m[0].indexOf(word);
      if (from > at) p.appendChild(document.createTextNode(out.slice(at, from)));
      var mark = document.createElement('mark');
      mark.textContent = word;
      p.appendChild(mark);
      at = from + word.length;
    }
    if (at < out.length) p.appendChild(document.createTextNode(out.slice(at)));
    if (more) p.appendChild(document.createTextNode(' …'));
  }

  function hits(sentence, matched) {
    var tokens = sentence.split(/[\s\-–—\/]+/);
    for (var i = 0; i < tokens.length; i++) {
      var w = /^\W*(.*?)\W*$/.exec(tokens[i])[1];
      if (w && matched[stem(w)]) return true;
    }
    return false;
  }

  /** Results waiting for their sections' text parts. */
  var waiting = [];
  function fill() {
    waiting = waiting.filter(function (w) {
      var refs = sectionsOf(w.page.number), got = refs.map(section);
      if (got.some(function (g) { return !g; })) return true;
      if (w.li.isConnected !== false) sections(w, refs, got);
      return false;
    });
  }

  /** How many matched words a text holds, and whether any. */
  function matches(text, matched) {
    var seen = Object.create(null), count = 0;
    String(text).split(/[\s\-–—\/]+/).forEach(function (token) {
      var w = /^\W*(.*?)\W*$/.exec(token)[1], st = w && stem(w);
      if (st && matched[st] && !seen[st]) { seen[st] = true; count++; }
    });
    return count;
  }

  /** Under the page's title: its opening's snippet, then its best sections with theirs. */
  function sections(w, refs, got) {
    var matched = w.page.terms, opening = null, scored = [];
    refs.forEach(function (ref, i) {
      var s = got[i];
      if (s[1] === '') { opening = s; return; }
      var score = 2 * matches(s[0], matched) + matches(s[2], matched);
      if (score > 0) scored.push({ ref: ref, s: s, score: score });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.ref - b.ref; });
    var info = data.pages[w.page.number];
    // The page's opening speaks for the page when it matched, or when no section did.
    if (opening && (matches(opening[2], matched) > 0 || !scored.length)) {
      var p = document.createElement('p');
      p.className = 'search__result-snippet';
      snippet(p, opening[2], matched);
      w.li.appendChild(p);
    }
    if (!scored.length) return;
    var ul = document.createElement('ul');
    ul.className = 'search__sections';
    scored.slice(0, SECTIONS).forEach(function (one) {
      var item = document.createElement('li');
      item.className = 'search__section';
      var h = document.createElement('h3');
      h.className = 'search__section-heading';
      h.appendChild(link(info[1] + '#' + one.s[1], one.s[0]));
      item.appendChild(h);
      var p = document.createElement('p');
      p.className = 'search__result-snippet';
      snippet(p, one.s[2], matched);
      item.appendChild(p);
      ul.appendChild(item);
    });
    w.li.appendChild(ul);
  }

  function link(href, label) {
    var a = document.createElement('a');
    a.className = 'search__result-link';
    a.href = root + href;
    a.textContent = label;
    return a;
  }

  function result(page) {
    var info = data.pages[page.number];
    var li = document.createElement('li');
    li.className = 'search__result';
    var heading = document.createElement('h2');
    heading.className = 'search__result-heading';
    heading.appendChild(link(info[1], info[0]));
    li.appendChild(heading);
    waiting.push({ li: li, page: page });
    return li;
  }

  function summary(found, text) {
    var n = found ? found.pages.length : 0;
    var values = { n: n, query: text, shown: PAGES, also: found ? found.also.join(', ') : '' };
    var name = n === 0 ? 'none'
        : found.close ? (n === 1 ? 'close-one' : 'close-many')
        : !found.every ? 'some'
        : n === 1 ? 'one' : 'many';
    var out = message(name, values);
    if (n > PAGES) out += ' ' + message('first', values);
    if (n > 0 && values.also) out += ' ' + message('also', values);
    return out;
  }

  var shownFor = null;
  function show(query, announceNow) {
    var text = query.replace(/\s+/g, ' ').trim();
    if (!index) {
      say(message('unavailable'));
      if (aToZ) aToZ.hidden = false;
      return;
    }
    if (text === shownFor && !announceNow) return;
    shownFor = text;
    while (list.firstChild) list.removeChild(list.firstChild);
    waiting = [];
    var found = text ? search(text) : null;
    if (!found) {
      window.clearTimeout(announcing);
      status.textContent = text ? message('none', { query: text }) : announceNow ? message('empty') : '';
      if (aToZ) aToZ.hidden = false;
      remember(text);
      return;
    }
    found.pages.slice(0, PAGES).forEach(function (page) { list.appendChild(result(page)); });
    if (!times.firstResult && found.pages.length) times.firstResult = window.performance.now();
    if (aToZ) aToZ.hidden = found.pages.length > 0;
    fill();
    if (found.pages.length) loadTexts();
    var words = summary(found, text);
    window.clearTimeout(announcing);
    if (announceNow) say(words);
    else announcing = window.setTimeout(function () { say(words); }, PAUSE);
    remember(text);
  }

  /** Keeps the query in this history entry's state (never its address), for reload and the back button. */
  function remember(text) {
    try {
      window.history.replaceState({ guideSearch: text }, '');
    } catch (e) {
      // Some pages opened from disk may not: the results still show.
    }
  }

  /** The query handed over by the header box, or kept for this history entry; then the address is cleaned. */
  function startingQuery() {
    var q = null;
    try {
      q = window.sessionStorage.getItem(HANDOVER);
      if (q !== null) window.sessionStorage.removeItem(HANDOVER);
    } catch (e) {
      q = null;
    }
    if (q === null && window.history.state && typeof window.history.state.guideSearch === 'string') q = window.history.state.guideSearch;
    // Old links (search.html?q=...) and the header box where storage is off (search.html#q=...): searched,
    // then taken out of the address so that history does not keep them.
    var params = new URLSearchParams(window.location.search);
    var hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    if (q === null && hash.has('q')) q = hash.get('q');
    if (q === null && params.has('q')) q = params.get('q');
    if (params.has('q') || hash.has('q')) {
      try {
        window.history.replaceState(null, '', window.location.pathname);
      } catch (e) {
        // From disk: the address keeps it, the results still show.
      }
    }
    return q === null ? '' : q;
  }

  var pending = 0;
  input.addEventListener('input', function (event) {
    var typedAt = event.timeStamp;
    window.clearTimeout(pending);
    pending = window.setTimeout(function () {
      show(input.value, false);
      // For the benchmark (bench/search-speed.sh): from the keystroke to the results drawn.
      times.typed = typedAt;
      times.shown = window.performance.now();
      window.requestAnimationFrame(function () { times.painted = window.performance.now(); });
    }, 0);
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(pending);
    show(input.value, true);
  });

  window.addEventListener('pageshow', function (event) {
    // Back to this page from a result: the browser restores the box; the list follows it.
    if (event.persisted) show(input.value, false);
  });

  input.value = startingQuery();
  if (input.value || !index) show(input.value, true);
}());
