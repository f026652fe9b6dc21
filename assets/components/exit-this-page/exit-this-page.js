// Leave this site quickly. The control is a plain link to a neutral site (it works without scripts); with
// scripts it replaces this page in the history (location.replace, so Back does not return here) and also
// fires when Shift is pressed three times within five seconds, as GOV.UK's "Exit this page" does.
(function () {
  'use strict';
  var box = document.querySelector('[data-exit-this-page]');
  var button = box && box.querySelector('[data-exit-this-page-button]');
  if (!button) return;

  var indicator = document.createElement('span');
  indicator.className = 'exit-this-page__indicator';
  indicator.setAttribute('role', 'status');
  box.appendChild(indicator);

  function leave(event) {
    if (event) event.preventDefault();
    indicator.textContent = box.getAttribute('data-leaving');
    document.documentElement.classList.add('exit-this-page--leaving');
    document.title = '';
    window.location.replace(button.href);
  }
  button.addEventListener('click', leave);

  var presses = 0;
  var shiftUsedWithAnotherKey = false;
  var timer = null;

  function reset(message) {
    presses = 0;
    window.clearTimeout(timer);
    timer = null;
    indicator.textContent = message || '';
    if (message) timer = window.setTimeout(function () { indicator.textContent = ''; }, 3000);
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Shift') return;
    if (event.shiftKey) shiftUsedWithAnotherKey = true; // typing a capital letter is not a press
    if (presses) reset();
  });

  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') return;
    if (shiftUsedWithAnotherKey) {
      shiftUsedWithAnotherKey = false;
      return;
    }
    presses += 1;
    if (presses >= 3) {
      reset();
      leave();
      return;
    }
    indicator.textContent = box.getAttribute('data-shift-' + presses);
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { reset(box.getAttribute('data-timed-out')); }, 5000);
  });

  // Coming back from the browser's cache after leaving: show the page again.
  window.addEventListener('pageshow', function () {
    document.documentElement.classList.remove('exit-this-page--leaving');
    reset();
  });
})();
