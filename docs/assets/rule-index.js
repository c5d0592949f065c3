// The rule index's filters: by column and by text, kept in the URL so a filtered view can
// be shared (for example /rules/?area=data&level=must&q=cache). Without JavaScript the
// whole table shows.
(function () {
  "use strict";

  function setUp() {
    var form = document.querySelector("form.rule-filter");
    var table = document.querySelector("table.rule-index");
    if (!form || !table || form.dataset.ready) {
      return;
    }
    form.dataset.ready = "true";
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    var fields = Array.prototype.slice.call(form.querySelectorAll("input, select"));
    var count = form.querySelector("output");
    var params = new URLSearchParams(window.location.search);

    fields.forEach(function (field) {
      if (params.has(field.name)) {
        field.value = params.get(field.name);
      }
    });

    function apply() {
      var wanted = {};
      var query = new URLSearchParams();
      fields.forEach(function (field) {
        var value = field.value.trim();
        wanted[field.name] = value.toLowerCase();
        if (value) {
          query.set(field.name, value);
        }
      });
      var shown = 0;
      rows.forEach(function (row) {
        var matches = ["level", "area", "status", "enforcement"].every(function (name) {
          return !wanted[name] || row.dataset[name] === wanted[name];
        });
        if (matches && wanted.q) {
          matches = row.textContent.toLowerCase().indexOf(wanted.q) !== -1;
        }
        row.hidden = !matches;
        if (matches) {
          shown += 1;
        }
      });
      count.textContent = shown + " of " + rows.length + " rules";
      var search = query.toString();
      var url = window.location.pathname + (search ? "?" + search : "");
      window.history.replaceState(null, "", url);
    }

    form.addEventListener("input", apply);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    apply();
  }

  // Material's instant navigation swaps pages without a reload; document$ announces it.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
