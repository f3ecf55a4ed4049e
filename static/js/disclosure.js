/* Menus and filters that fold on a phone: <details data-open-wide> stays open on wider
   screens, where there is room. Without JavaScript they are ordinary details: one
   click opens them. */
(function () {
  "use strict";
  if (!window.matchMedia) {
    return;
  }
  var wide = window.matchMedia("(min-width: 48rem)");
  function fit() {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      details.open = wide.matches;
    });
  }
  fit();
  if (wide.addEventListener) {
    wide.addEventListener("change", fit);
  }
})();
