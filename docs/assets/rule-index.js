// The rule index's filters (src/rulebook/website/rule_index.py), kept in the address so a
// filtered view can be shared: /rules/?area=data&level=must&q=cache. Each select filters
// on the rows' data-<name> attribute (a space-separated list of values), so a new filter
// needs no change here. A parameter this page cannot apply (an unknown filter, or a value
// no rule has) is named in the count line, never silently dropped. Without JavaScript the
// page hides the form and says the table is unfiltered.
// Loaded by the index page only; run again when Material's instant navigation returns.
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
    var fields = Array.prototype.slice.call(form.querySelectorAll("input[name], select[name]"));
    var selects = fields.filter(function (field) {
      return field.tagName === "SELECT";
    });
    var text = form.querySelector("input[name='q']");
    var count = form.querySelector("output");
    var ignored = [];
    var kept = new URLSearchParams();

    new URLSearchParams(window.location.search).forEach(function (value, name) {
      var field = form.elements.namedItem(name);
      if (!field || !field.name) {
        ignored.push(name + "=" + value + " (not a filter here)");
        kept.append(name, value);
      } else if (field.tagName === "SELECT" && !hasOption(field, value)) {
        ignored.push(name + "=" + value + " (no rule has it)");
      } else {
        field.value = field.tagName === "SELECT" ? value.toLowerCase() : value;
      }
    });

    function hasOption(select, value) {
      return Array.prototype.some.call(select.options, function (option) {
        return option.value && option.value === value.toLowerCase();
      });
    }

    function matches(row) {
      var chosen = selects.every(function (select) {
        var values = (row.getAttribute("data-" + select.name) || "").split(" ");
        return !select.value || values.indexOf(select.value) !== -1;
      });
      var words = text ? text.value.trim().toLowerCase() : "";
      return chosen && (!words || row.textContent.toLowerCase().indexOf(words) !== -1);
    }

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        row.hidden = !matches(row);
        shown += row.hidden ? 0 : 1;
      });
      var line = shown + " of " + rows.length + " rules";
      if (ignored.length) {
        line += "; not applied from the address: " + ignored.join(", ");
      }
      count.textContent = line;
      var query = new URLSearchParams(kept);
      fields.forEach(function (field) {
        if (field.value.trim()) {
          query.set(field.name, field.value.trim());
        }
      });
      var search = query.toString();
      var url = window.location.pathname + (search ? "?" + search : "") + window.location.hash;
      window.history.replaceState(window.history.state, "", url);
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    apply();
  }

  if (window.rulebookRuleIndex) {
    window.rulebookRuleIndex();
    return;
  }
  window.rulebookRuleIndex = setUp;
  // Material's instant navigation swaps pages without a reload; document$ announces it.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
