// The framework lens: `?framework=django` (or fastapi) selects the linked FastAPI /
// Django example tabs on arrival, and the choice is remembered for every later page.
// Material links tabs by label and remembers them itself; this script only adds the
// URL parameter, and keeps the choice where the review-link button can read it
// (`rulebook.framework` in localStorage). Without JavaScript the first tab (FastAPI)
// shows, as Material's tabs do.
(function () {
  "use strict";
  var KEY = "rulebook.framework";
  var LABELS = { fastapi: "FastAPI", django: "Django" };

  function stored() {
    try {
      return window.localStorage.getItem(KEY);
    } catch (error) {
      return null;
    }
  }

  function store(name) {
    try {
      window.localStorage.setItem(KEY, name);
    } catch (error) {
      // Private windows may refuse storage: the lens then lasts for this page only.
    }
  }

  function requested() {
    var value = new URLSearchParams(window.location.search).get("framework");
    value = value ? value.toLowerCase() : null;
    return value && Object.prototype.hasOwnProperty.call(LABELS, value) ? value : null;
  }

  function frameworkLabels() {
    return document.querySelectorAll(
      ".rule-examples--frameworks > .tabbed-set > .tabbed-labels > label"
    );
  }

  function select(name) {
    var wanted = LABELS[name];
    frameworkLabels().forEach(function (label) {
      var input = document.getElementById(label.htmlFor);
      if (label.textContent.trim() === wanted && input && !input.checked) {
        label.click();
      }
    });
  }

  // Mouse, touch and keyboard (arrow keys on the tab's radio input) all end in a
  // change of the checked input, so the choice is read from there.
  function remember(event) {
    var input = event.target;
    if (!input.matches || !input.matches(".rule-examples--frameworks > .tabbed-set > input")) {
      return;
    }
    var label = document.querySelector('label[for="' + input.id + '"]');
    var text = label ? label.textContent.trim() : "";
    Object.keys(LABELS).forEach(function (name) {
      if (LABELS[name] === text) {
        store(name);
      }
    });
  }

  function apply() {
    var name = requested() || stored();
    if (requested()) {
      store(name);
    }
    if (name) {
      select(name);
    }
  }

  document.addEventListener("change", remember);
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(apply); // Material's instant navigation
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", apply);
  } else {
    apply();
  }
})();
