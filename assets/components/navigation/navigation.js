// On narrow screens, fold the guide's contents behind a button so the page's own text comes first.
(function () {
  'use strict';
  var nav = document.querySelector('[data-guide-nav]');
  var list = nav && nav.querySelector('.guide-nav__list');
  if (!list) return;
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'guide-nav__toggle';
  button.textContent = nav.getAttribute('data-toggle-text');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', list.id);
  nav.insertBefore(button, list);
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('guide-nav--open', open);
  });
})();
