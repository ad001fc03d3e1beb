// Mend's only script. Pages work without it; it makes the quick exit faster and leaves no history entry.
(function () {
  "use strict";
  var exitLink = document.getElementById("quick-exit");
  if (!exitLink) { return; }
  var exitURL = exitLink.getAttribute("data-exit-url") || exitLink.href;

  function leave() {
    // Hide the page at once, then replace this history entry so Back does not return here.
    document.body.style.visibility = "hidden";
    document.title = "";
    window.location.replace(exitURL);
  }

  exitLink.addEventListener("click", function (event) {
    event.preventDefault();
    leave();
  });

  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEscape < 1000) { leave(); }
    lastEscape = now;
  });
})();
