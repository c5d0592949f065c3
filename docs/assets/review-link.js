// The "Copy review link" button (src/rulebook/website/review_link.py): a click copies
// `[AP-PY03: title](<site>/r/AP-PY03/)`, with <site> the root of the site this page is
// served from, read at click time, so links copied on a preview host or a mirror point
// there. The button is a link to the configured short URL, which is what it does without
// JavaScript. Loaded only by the pages that have a button; run again on each visit.
// With the Django lens chosen on a page that has a Django pair, the link carries
// `?framework=django`, which the short link passes on.
(function () {
  "use strict";

  // This file lives at <site root>/assets/review-link.js.
  var script = document.currentScript;
  var root = new URL("../", script ? script.src : window.location.href);

  // On a page showing the FastAPI / Django tabs, a reader who chose Django (the lens of
  // framework-lens.js) copies a link that opens the Django example for the reviewer too.
  function lens() {
    if (!document.querySelector(".rule-examples--frameworks")) {
      return "";
    }
    try {
      return window.localStorage.getItem("rulebook.framework") === "django"
        ? "?framework=django"
        : "";
    } catch (error) {
      return "";
    }
  }

  function shortLink(button) {
    return new URL(button.getAttribute("data-short"), root).href + lens();
  }

  function markdown(button) {
    return "[" + button.getAttribute("data-review-link") + "](" + shortLink(button) + ")";
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Plain http (an internal mirror, say) has no clipboard API: copy a selection.
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = document.execCommand("copy");
    document.body.removeChild(area);
    return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function say(button, text) {
    var label = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", label);
    button.textContent = text;
    window.setTimeout(function () {
      button.textContent = label;
    }, 2000);
  }

  function onClick(event) {
    var button = event.target.closest && event.target.closest("a.rule-copy[data-short]");
    if (!button || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    copy(markdown(button)).then(
      function () {
        say(button, "Copied");
      },
      function () {
        // Nothing copied: leave the link as the reader's way to the address.
        say(button, "Copy refused: use the link");
      }
    );
  }

  // Right-click "copy link" should give this host (and lens) too.
  function refresh() {
    document.querySelectorAll("a.rule-copy[data-short]").forEach(function (button) {
      button.href = shortLink(button);
    });
  }
  refresh();
  document.addEventListener("change", refresh);
  if (!window.rulebookReviewLink) {
    window.rulebookReviewLink = true;
    document.addEventListener("click", onClick);
  }
})();
