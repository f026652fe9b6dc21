// For printing: give each link in the page's text its full address, which the print styles write out.
(function () {
  'use strict';
  var links = document.querySelectorAll('[data-guide-body] a[href], .related a[href], .summary-box a[href]');
  for (var i = 0; i < links.length; i++) {
    var href = links[i].getAttribute('href');
    if (href.charAt(0) !== '#') links[i].setAttribute('data-print-href', links[i].href);
  }
})();
