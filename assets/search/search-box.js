/* The header's search box. Its query never goes into an address: the box has no name, so the form sends
   nothing even without JavaScript (it then just opens the search page, which lists every page A to Z);
   with JavaScript, submitting hands the query to the search page in this tab's sessionStorage (the
   search page reads and removes it at once) and opens search.html with a clean address. Only where
   storage is turned off does it travel in the address's fragment, which browsers never send to a server
   (and the search page takes it out of the address straight away).
   Once a reader focuses the box or starts typing, lunr.js and the index load (as scripts, which also work
   when the guide is opened from disk), so the search page has them ready. No page loads them before that.
   Finds the box by its form, which goes to search.html, so it works from any folder and whether this file
   is loaded alone or joined into js/guide.js. */
(function () {
  'use strict';

  var HANDOVER = 'guide-search-query';
  var FILES = ['search/lunr.min.js', 'search/index-reader.js', 'search/search-index.js'];

  function preload(form) {
    if (form.getAttribute('data-search-loading') !== null) return;
    form.setAttribute('data-search-loading', '');
    if (window.guideSearchIndex) return;
    FILES.forEach(function (file) {
      var script = document.createElement('script');
      script.src = new URL(file, form.action).href;
      script.async = false; // in order: lunr.js first
      document.head.appendChild(script);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[role="search"][action$="search.html"]'), function (form) {
    if (form.hasAttribute('data-search')) return;
    var input = form.querySelector('input[type="search"]');
    if (!input) return;
    var once = function () {
      input.removeEventListener('focus', once);
      input.removeEventListener('input', once);
      preload(form);
    };
    input.addEventListener('focus', once);
    input.addEventListener('input', once);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var page = form.action.replace(/[?#].*$/, '');
      var query = input.value;
      try {
        window.sessionStorage.setItem(HANDOVER, query);
      } catch (e) {
        page += '#q=' + encodeURIComponent(query);
      }
      window.location.assign(page);
    });
  });
}());
