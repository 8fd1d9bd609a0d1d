/* Check page niceties; the page works without them. Clicking a highlight opens its entry,
   pointing at an entry lights up its words in the article. */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.hl[data-entry]");
    if (!mark || event.target.closest("a")) return;
    var row = document.getElementById("entry-" + mark.dataset.entry);
    if (row) {
      history.replaceState(null, "", "#entry-" + mark.dataset.entry);
      row.scrollIntoView({ behavior: "smooth", block: "center" });
      var field = row.querySelector("input[name=evidence_url]");
      if (field && !field.disabled) field.focus({ preventScroll: true });
    }
  });
  function light(row, on) {
    document.querySelectorAll('mark.hl[data-entry="' + row.dataset.entry + '"]').forEach(function (m) {
      m.classList.toggle("active", on);
    });
  }
  document.querySelectorAll("article.entry[data-entry]").forEach(function (row) {
    row.addEventListener("mouseenter", function () { light(row, true); });
    row.addEventListener("mouseleave", function () { light(row, false); });
    row.addEventListener("focusin", function () { light(row, true); });
    row.addEventListener("focusout", function () { light(row, false); });
  });
})();
