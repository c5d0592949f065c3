// Search that finds IDs first, on every page, on top of Material for MkDocs' own search.
//
// 1. The query. Material's query parser splits words at every hyphen and reads "AP-PY03:"
//    as a field name (which rejects the whole query). The site indexes IDs whole (the
//    `separator` in mkdocs.yml keeps the hyphens of an ID such as AP-PY03 or TIER-LOW),
//    so before a query reaches the search worker, `rulebookSearchQuery` turns what a
//    reviewer types or pastes into a query that finds the ID as one word:
//      AP-PY03, ap-py03, "AP-PY03: Bare or swallowing exception handling",
//      "[AP-PY03: title](https://host/r/AP-PY03/)", "https://host/r/AP-PY03/".
//    A pasted heading or link searches its ID alone; any other word stays as typed.
// 2. Enter. Material opens the best result shown when Enter is pressed, even if the
//    results shown are still those of an earlier, shorter query. Here Enter waits until
//    the results for the text in the box have arrived, then opens the best of them.
//
// tests/suites/test_search.py runs this function with Material's real search worker on
// the built index, for every published ID.
(function (global) {
  "use strict";

  // Material's search worker messages (SearchMessageType): a query, and its results.
  var QUERY = 2;
  var RESULT = 3;
  // The published IDs (and their first characters, while they are being typed):
  // a family, a hyphen and a number (AP-PY03, DATA-04, PQG-5, PYPH2-FAIL-01), or a
  // named tier or code (TIER-LOW, WARN-PYTHON-...). The same families as the separator
  // in mkdocs.yml; a hyphenated word that is not an ID ("type-checked") stays as typed.
  var ID = new RegExp(
    "^(?:(?:AP|ARCH|API|ERR|DATA|ASYNC|DIST|SEC|TEST|TYPE|NAME|CONF|OPS|TOOL|PROC|PQG" +
      "|PYPH2)-[A-Z0-9-]*[0-9][A-Z0-9-]*|(?:TIER|WARN|PYPH2-FAIL)(?:-[A-Z0-9]*)*)$",
    "i"
  );

  // Material's worker parses the query twice (its own clean-up, then Lunr's parser), and
  // each pass removes one level of escaping: "\\\-" reaches Lunr as "\-", a hyphen that
  // does not split the word.
  function whole(word) {
    return word.replace(/-/g, "\\\\\\-");
  }

  function rulebookSearchQuery(value) {
    var text = String(value).trim();
    // A pasted Markdown link (a review link): search its text.
    var link = /^\[([^\]]+)\]\([^)]*\)$/.exec(text);
    if (link) {
      text = link[1];
    }
    // A pasted address of a short link or page: search the ID in it.
    text = text.replace(/\S*\/(?:r|rules|gates)\/([A-Za-z0-9-]+)\/?(?:[?#]\S*)?/g, " $1 ");
    // A pasted heading ("AP-PY03: Bare or swallowing exception handling") names one
    // ID: search that alone, or the title's words would rank other pages too.
    var heading = /^\[?([A-Za-z0-9-]+):(?:\s|$)/.exec(text);
    if (heading && ID.test(heading[1])) {
      return whole(heading[1]);
    }
    var words = [];
    text.split(/\s+/).forEach(function (word) {
      // A trailing colon ("AP-PY03:" in a heading) is never a field name.
      word = word.replace(/^\[|[\]:,;.]+$/g, "");
      if (!word) {
        return;
      }
      words.push(ID.test(word) ? whole(word) : word);
    });
    return words.join(" ");
  }

  global.rulebookSearchQuery = rulebookSearchQuery;
  if (typeof Worker === "undefined" || typeof document === "undefined") {
    return;
  }
  if (Worker.prototype.postMessage.rulebook) {
    return;
  }

  var sent = []; // the queries posted and not yet answered, oldest first (as typed)
  var answered = null;
  var waiting = false;

  function box() {
    return document.querySelector("input.md-search__input");
  }

  function openBest() {
    var best = null;
    var top = -Infinity;
    var links = document.querySelectorAll(".md-search-result__list [href]");
    Array.prototype.forEach.call(links, function (anchor) {
      var article = anchor.firstElementChild;
      var score = article ? parseFloat(article.getAttribute("data-md-score")) : NaN;
      if (score > top) {
        top = score;
        best = anchor;
      }
    });
    if (best) {
      best.click();
    }
  }

  function onMessage(event) {
    var message = event.data;
    if (!message || message.type !== RESULT) {
      return;
    }
    answered = sent.length ? sent.shift() : answered;
    var input = box();
    if (waiting && input && input.value === answered) {
      waiting = false;
      // Material renders the results in its own listener for this message, which ran
      // first; open the best once it has.
      setTimeout(openBest, 0);
    }
  }

  var post = Worker.prototype.postMessage;
  function postMessage(message) {
    if (message && message.type === QUERY && typeof message.data === "string") {
      if (!this.rulebookListening) {
        this.rulebookListening = true;
        this.addEventListener("message", onMessage);
      }
      sent.push(message.data);
      arguments[0] = { type: QUERY, data: rulebookSearchQuery(message.data) };
    }
    return post.apply(this, arguments);
  }
  postMessage.rulebook = true;
  Worker.prototype.postMessage = postMessage;

  document.addEventListener(
    "keydown",
    function (event) {
      var input = box();
      if (event.key !== "Enter" || !input || event.target !== input) {
        return;
      }
      if (input.value.trim() && input.value !== answered) {
        // The results shown are not yet those of the text in the box: wait for them.
        event.preventDefault();
        event.stopPropagation();
        waiting = true;
      } else {
        waiting = false;
      }
    },
    true
  );
  // Typing on after Enter means the reader wants something else: stop waiting.
  document.addEventListener(
    "input",
    function (event) {
      if (event.target === box()) {
        waiting = false;
      }
    },
    true
  );
})(typeof window !== "undefined" ? window : globalThis);
