/* The Print button, the printed page's date, and full addresses for links on paper.
   Without JavaScript the page says to use the browser's own Print command, the
   server's date stays, and this site's links print as "this site: /path/". */
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
  // On paper a link shows its full address: this site's links resolved to a whole
  // URL, unless the page already gave one to print (a resource's publisher's page).
  document.querySelectorAll("main a[href]").forEach(function (link) {
    if (!link.hasAttribute("data-print-href") && !link.getAttribute("href").startsWith("#")) {
      link.setAttribute("data-print-href", link.href);
    }
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
