// Procedure search on the list page. Without JavaScript the form stays hidden and the
// grouped list serves on its own. The index holds each procedure's code and its text already
// folded by CongKhai; the query is folded here the same way (no case, no tones, đ = d).
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input");
  var status = form.querySelector(".search-status");
  var groups = Array.prototype.slice.call(document.querySelectorAll(".field-group"));
  var index = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  function apply() {
    var terms = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    index.forEach(function (entry) {
      var item = document.getElementById("tt-" + entry.c);
      if (!item) return;
      var match = terms.every(function (term) { return entry.t.indexOf(term) !== -1; });
      item.hidden = !match;
      if (match) shown += 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".procedure:not([hidden])");
    });
    status.textContent = terms.length ? "Tìm thấy " + shown + " thủ tục." : "";
  }

  fetch(form.getAttribute("data-index"))
    .then(function (response) { return response.json(); })
    .then(function (entries) {
      index = entries;
      form.hidden = false;
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      input.addEventListener("input", apply);
      if (input.value) apply();
    })
    .catch(function () { /* the list stays usable without search */ });
})();
