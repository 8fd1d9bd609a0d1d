/* Check page niceties; the page works without them. Clicking a highlight opens its entry,
   pointing at an entry lights up its words in the article, and keys move between entries
   and press the verdict buttons (never while typing in a field). */
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("article.entry[data-entry]"));
  var current = null;

  function light(row, on) {
    document.querySelectorAll('mark.hl[data-entry="' + row.dataset.entry + '"]').forEach(function (m) {
      m.classList.toggle("active", on);
    });
  }
  function select(row, focusField) {
    if (!row) return;
    if (current) { current.classList.remove("current"); light(current, false); }
    current = row;
    row.classList.add("current");
    light(row, true);
    history.replaceState(null, "", "#entry-" + row.dataset.entry);
    row.scrollIntoView({ behavior: "smooth", block: "center" });
    var mark = document.getElementById("hl-" + row.dataset.entry);
    if (mark) mark.scrollIntoView({ behavior: "smooth", block: "center" });
    if (focusField) {
      var field = row.querySelector("input[name=evidence_url]");
      if (field && !field.disabled) field.focus({ preventScroll: true });
    }
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.hl[data-entry]");
    if (!mark || event.target.closest("a")) return;
    select(document.getElementById("entry-" + mark.dataset.entry), true);
  });
  rows.forEach(function (row) {
    row.addEventListener("mouseenter", function () { light(row, true); });
    row.addEventListener("mouseleave", function () { if (row !== current) light(row, false); });
    row.addEventListener("focusin", function () {
      if (current !== row) { if (current) { current.classList.remove("current"); light(current, false); } current = row; row.classList.add("current"); light(row, true); }
    });
  });

  var keys = { v: "verified", x: "incorrect", u: "unverifiable", p: "in_progress" };
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, [contenteditable]")) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    var at = current ? rows.indexOf(current) : -1;
    if (event.key === "j") { select(rows[Math.min(at + 1, rows.length - 1)]); event.preventDefault(); }
    else if (event.key === "k") { select(rows[Math.max(at - 1, 0)]); event.preventDefault(); }
    else if (event.key === "e" && current) { select(current, true); event.preventDefault(); }
    else if (keys[event.key] && current) {
      var button = current.querySelector('button[value="' + keys[event.key] + '"]');
      if (button) { button.click(); event.preventDefault(); }
    }
  });

  var start = location.hash.match(/^#entry-(.+)$/);
  if (start) {
    var row = document.getElementById("entry-" + start[1]);
    if (row) { current = row; row.classList.add("current"); light(row, true); }
  }
})();
