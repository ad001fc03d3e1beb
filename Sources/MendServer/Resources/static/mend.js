// Mend's only script. Pages work without it; it makes the quick exit faster and leaves no history entry.
(function () {
  "use strict";
  setUpCoach(document);
  setUpCountdowns(document);
  setUpInserts(document);
  setUpLiveSession();
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
  // "Use this" buttons put a phrase from the pattern profile into the message box (script only;
  // without script the phrase is there to read and copy).
  function setUpInserts(root) {
    Array.prototype.forEach.call(root.querySelectorAll("[data-insert-text]"), function (button) {
      var target = document.getElementById(button.getAttribute("data-insert-into"));
      if (!target) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = button.getAttribute("data-insert-text");
        target.value = target.value ? target.value.replace(/\s*$/, " ") + text : text;
        target.dispatchEvent(new Event("input", { bubbles: true }));
        target.focus();
      });
    });
  }

  function setUpCoach(root) {
    var inputs = root.querySelectorAll("[data-coach-input]");
    var tokenMeta = document.querySelector('meta[name="csrf-token"]');
    if (!inputs.length || !tokenMeta || !window.fetch) { return; }
    Array.prototype.forEach.call(inputs, function (input) {
      var form = input.closest("form") || root;
      var output = form.querySelector("[data-coach-output]") || document.querySelector("[data-coach-output]");
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
        suggestion.textContent = finding.suggestion;
        item.appendChild(suggestion);
      }
      list.appendChild(item);
    });
    output.appendChild(list);
  }

  // Break timers: count down to the end of the break shown on the page.
  function setUpCountdowns(root) {
    Array.prototype.forEach.call(root.querySelectorAll("[data-countdown-until]"), function (element) {
      var until = parseInt(element.getAttribute("data-countdown-until"), 10);
      function tick() {
        var left = Math.max(0, Math.ceil((until - Date.now()) / 1000));
        if (left === 0) {
          element.textContent = "The break is over. Rate again when you're ready.";
          return;
        }
        var minutes = Math.floor(left / 60), seconds = left % 60;
        element.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds + " left in the break.";
        setTimeout(tick, 1000);
      }
      tick();
    });
  }

  // A live repair session: a WebSocket brings each event as it happens; the page then refreshes
  // its panel, keeping anything the person has typed. It reconnects from the last event it saw.
  function setUpLiveSession() {
    var panel = document.getElementById("session-panel");
    if (!panel || !window.WebSocket || !window.fetch) { return; }
    var sessionID = panel.getAttribute("data-session-id");
    var last = parseInt(panel.getAttribute("data-last-sequence"), 10) || 0;
    var delay = 500;
    var refreshing = false, again = false;

    function refresh() {
      if (refreshing) { again = true; return; }
      refreshing = true;
      fetch("/sessions/" + encodeURIComponent(sessionID) + "/panel", { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html) { swap(html); }
        })
        .catch(function () {})
        .then(function () {
          refreshing = false;
          if (again) { again = false; refresh(); }
        });
    }

    function swap(html) {
      var drafts = {};
      Array.prototype.forEach.call(panel.querySelectorAll("textarea"), function (box) {
        if (box.id && box.value) { drafts[box.id] = box.value; }
      });
      var focused = document.activeElement && document.activeElement.id;
      panel.innerHTML = html;
      Object.keys(drafts).forEach(function (id) {
        var box = document.getElementById(id);
        if (box && !box.value) { box.value = drafts[id]; }
      });
      if (focused && document.getElementById(focused)) { document.getElementById(focused).focus(); }
      setUpCoach(panel);
      setUpCountdowns(panel);
      setUpInserts(panel);
    }

    function connect() {
      var scheme = location.protocol === "https:" ? "wss://" : "ws://";
      var socket = new WebSocket(scheme + location.host + "/api/v1/sessions/" + encodeURIComponent(sessionID) + "/live?after=" + last);
      socket.onopen = function () { delay = 500; };
      socket.onmessage = function (message) {
        var data;
        try { data = JSON.parse(message.data); } catch (e) { return; }
        if (data.type === "event" && data.event && data.event.sequence > last) {
          last = data.event.sequence;
          refresh();
        }
      };
      socket.onclose = function () {
        setTimeout(connect, delay);
        delay = Math.min(delay * 2, 10000);
      };
    }
    connect();

    // When a break ends on this screen, show the re-rating form without waiting for an event.
    Array.prototype.forEach.call(panel.querySelectorAll("[data-countdown-until]"), function (element) {
      var wait = parseInt(element.getAttribute("data-countdown-until"), 10) - Date.now();
      if (wait > 0) { setTimeout(refresh, wait + 300); }
    });
  }
})();
