// On narrow screens, the guide's contents fold behind a button so the page's own text comes first. The
// button is in the page already and the folding is in navigation.css (where scripts run), so nothing moves
// when this runs: it only opens and closes the list.
(function () {
  'use strict';
  var nav = document.querySelector('[data-guide-nav]');
  var button = nav && nav.querySelector('.guide-nav__toggle');
  if (!button) return;
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('guide-nav--open', open);
  });
})();
