// Mend's only script. Pages work without it; it makes the quick exit faster and leaves no history entry.
(function () {
  "use strict";
  setUpCoach();
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

  // Live coaching: any text box marked data-coach-input shows the coach's findings as the person
  // types (debounced), in the page's data-coach-output region. Without script the form still works.
  function setUpCoach() {
    var inputs = document.querySelectorAll("[data-coach-input]");
    var tokenMeta = document.querySelector('meta[name="csrf-token"]');
    if (!inputs.length || !tokenMeta || !window.fetch) { return; }
    Array.prototype.forEach.call(inputs, function (input) {
      var output = document.querySelector("[data-coach-output]");
      if (!output) { return; }
      var timer = null;
      var latest = 0;
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var text = input.value;
          var request = ++latest;
          if (!text.trim()) { output.textContent = ""; return; }
          fetch("/api/v1/coach", {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "X-CSRF-Token": tokenMeta.getAttribute("content") },
            body: JSON.stringify({ text: text, context: input.getAttribute("data-coach-context") || undefined })
          }).then(function (response) {
            return response.ok ? response.json() : null;
          }).then(function (report) {
            if (report && request === latest) { renderFindings(output, report); }
          }).catch(function () { /* Offline or signed out: the form still works. */ });
        }, 400);
      });
    });
  }

  function renderFindings(output, report) {
    var readings = { escalating: "This may land as escalating.", repairing: "This reads as repairing.", neutral: "This reads as neutral." };
    output.textContent = "";
    var reading = document.createElement("p");
    reading.className = "coach-reading";
    reading.textContent = readings[report.reading] || "";
    output.appendChild(reading);
    if (!report.findings.length) {
      var none = document.createElement("p");
      none.textContent = "Nothing to flag here.";
      output.appendChild(none);
      return;
    }
    var list = document.createElement("ul");
    list.className = "findings";
    report.findings.forEach(function (finding) {
      var item = document.createElement("li");
      item.className = "finding" + (finding.suggestion ? " harmful" : "");
      var name = document.createElement("strong");
      var label = finding.label.replace(/_/g, " ");
      name.textContent = label.charAt(0).toUpperCase() + label.slice(1);
      item.appendChild(name);
      var quotes = (finding.spans || []).map(function (span) { return "\u201C" + span.text + "\u201D"; }).join(", ");
      if (quotes) {
        var quote = document.createElement("span");
        quote.className = "quote";
        quote.textContent = " " + quotes;
        item.appendChild(quote);
      }
      var explanation = document.createElement("p");
      explanation.textContent = finding.explanation;
      item.appendChild(explanation);
      if (finding.suggestion) {
        var suggestion = document.createElement("p");
        suggestion.className = "suggestion";
        var lead = document.createElement("span");
        lead.textContent = "Try:";
        suggestion.appendChild(lead);
        suggestion.appendChild(document.createTextNode(" " + finding.suggestion));
        item.appendChild(suggestion);
      }
      list.appendChild(item);
    });
    output.appendChild(list);
  }
})();
