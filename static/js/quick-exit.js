/* Quick exit, after GOV.UK's "Exit this page": the button, or Shift pressed three
   times within a few seconds, blanks the page at once and replaces this history
   entry with a neutral site. Without JavaScript the button is a plain link. */
(function () {
  "use strict";

  var PRESSES = 3;
  var WITHIN_MS = 5000;
  var button = document.querySelector("[data-quick-exit]");
  if (!button) {
    return;
  }
  var destination = button.getAttribute("href");
  var shiftTimes = [];

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    // Blank first, so nothing stays on screen while the next site loads.
    document.title = "";
    document.body.hidden = true;
    window.location.replace(destination);
  }

  button.addEventListener("click", leave);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      shiftTimes = []; // typing a capital letter is not a request to leave
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    shiftTimes = shiftTimes.filter(function (time) {
      return now - time < WITHIN_MS;
    });
    shiftTimes.push(now);
    if (shiftTimes.length >= PRESSES) {
      leave();
    }
  });

  // The shortcut only works with JavaScript on, and only helps where there is a
  // keyboard: not shown on phones and tablets, whose only pointer is a finger.
  var hint = document.querySelector("[data-quick-exit-hint]");
  var keyboardLikely = !window.matchMedia || window.matchMedia("(any-pointer: fine)").matches;
  if (hint && keyboardLikely) {
    hint.hidden = false;
  }
})();
