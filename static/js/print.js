/* The Print button, and the printed page's date. Without JavaScript the page says to
   use the browser's own Print command, and the server's date stays. */
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
  document.querySelectorAll("[data-print-hint]").forEach(function (hint) {
    hint.hidden = true;
  });
  window.addEventListener("beforeprint", function () {
    var today = new Date().toLocaleDateString("en-US", {
      year: "numeric", month: "long", day: "numeric"
    });
    document.querySelectorAll("[data-print-date]").forEach(function (node) {
      node.textContent = today;
    });
  });
})();
