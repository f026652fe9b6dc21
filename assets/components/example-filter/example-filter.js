// Practice examples filter: shows the examples that show any ticked priority area and are in the chosen
// place, and says how many are shown (the count is a status message, so screen readers announce it).
(function () {
  var form = document.querySelector('[data-example-filter]');
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-example]'));
  var count = form.querySelector('[data-example-count]');

  function update() {
    var ticked = Array.prototype.slice.call(form.querySelectorAll('input[name=priority]:checked'))
      .map(function (box) { return box.value; });
    var place = form.elements.place ? form.elements.place.value : '';
    var shown = 0;
    items.forEach(function (item) {
      var tags = (item.getAttribute('data-priorities') || '').split(' ');
      var match = (ticked.length === 0 || ticked.some(function (t) { return tags.indexOf(t) >= 0; }))
        && (place === '' || item.getAttribute('data-place') === place);
      item.hidden = !match;
      if (match) shown++;
    });
    var text = shown === 0 ? count.getAttribute('data-none') : count.getAttribute('data-template')
      .replace('{shown}', String(shown)).replace('{total}', String(items.length));
    if (count.textContent !== text) count.textContent = text;
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); update(); });
  // Reset clears the controls after this event; filter once they are clear.
  form.addEventListener('reset', function () { setTimeout(update, 0); });
  // A browser that restores ticked boxes on "back" gets the list to match them.
  update();
})();
