/* The header's search box: once a reader focuses it or starts typing, loads lunr.js, the index and the
   store (as scripts, which also work when the guide is opened from disk), so the search page has them
   ready. No page loads them before that. Finds the box by its form, which goes to search.html, so it
   works from any folder and whether this file is loaded alone or joined into js/guide.js. */
(function () {
  'use strict';

  var FILES = ['search/lunr.min.js', 'search/search-index.js', 'search/search-store.js'];

  function start(form) {
    if (form.getAttribute('data-search-loading') !== null) return;
    form.setAttribute('data-search-loading', '');
    // The search page loads these itself.
    if (window.guideSearchIndex || document.querySelector('form[data-search]')) return;
    var base = form.action;
    FILES.forEach(function (file) {
      var script = document.createElement('script');
      script.src = new URL(file, base).href;
      script.async = false; // in order: lunr.js first
      document.head.appendChild(script);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[role="search"][action$="search.html"]'), function (form) {
    if (form.hasAttribute('data-search')) return;
    var input = form.querySelector('input[name="q"]');
    if (!input) return;
    var once = function () {
      input.removeEventListener('focus', once);
      input.removeEventListener('input', once);
      start(form);
    };
    input.addEventListener('focus', once);
    input.addEventListener('input', once);
  });
}());
