// Procedure search on the list page. Without JavaScript the form stays hidden and a link to
// the field index stands in its place. The index holds each procedure's code and its text
// already folded by CongKhai; the query is folded here the same way (no case, no tones, đ = d).
// Words match in any order, also typed without spaces ("khaisinh"), and the filler words of a
// spoken question ("làm giấy khai sinh") do not have to appear in the procedure's name.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input");
  var status = form.querySelector(".search-status");
  var fallback = document.querySelector(".search-fallback");
  var toc = document.querySelector(".toc");
  var groups = Array.prototype.slice.call(document.querySelectorAll(".field-group"));
  var index = null;
  // A list split by field (thousands of procedures) has no items on its index page: the
  // results are listed here from the index's names and links, at most 100 at a time.
  var results = form.hasAttribute("data-split") ? document.querySelector(".search-results") : null;
  var indexURL = new URL(form.getAttribute("data-index"), document.baseURI);

  function showResults(found) {
    while (results.firstChild) results.removeChild(results.firstChild);
    found.slice(0, 100).forEach(function (entry) {
      var item = document.createElement("li");
      item.className = "procedure";
      var link = document.createElement("a");
      link.className = "procedure-name";
      link.href = new URL(entry.u, indexURL).href;
      link.textContent = entry.n;
      var code = document.createElement("p");
      code.className = "procedure-meta";
      code.textContent = "Mã: " + entry.c;
      item.appendChild(link);
      item.appendChild(code);
      results.appendChild(item);
    });
    results.hidden = found.length === 0;
  }
  // Words citizens put around the name of a procedure ("làm giấy khai sinh ở đâu", "thủ tục hồ sơ
  // chứng thực"). They count only when nothing else is typed. Two-word ones go as phrases, so
  // "hộ tịch" keeps its "ho" and "thủ quỹ" its "thu".
  var fillerPhrases = /(^| )(thu tuc|ho so|giay to|o dau|nhu the nao|the nao|huong dan|can gi)(?= |$)/g;
  var filler = ["lam", "giay", "xin", "cach", "can", "gi", "muon", "toi", "de", "ve", "nop", "di", "a", "va"];

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  function matches(entry, terms) {
    return terms.every(function (term) {
      return entry.t.indexOf(term) !== -1 || entry.compact.indexOf(term) !== -1;
    });
  }

  function apply() {
    var words = fold(input.value).split(/[\s,.;:!?]+/).filter(Boolean);
    var terms = words.join(" ").replace(fillerPhrases, " ").split(" ")
      .filter(function (word) { return word && filler.indexOf(word) === -1; });
    if (!terms.length) terms = words;
    var shown = 0;
    var found = index.filter(function (entry) { return matches(entry, terms); });
    // With nothing found, the whole list stays, with a message, rather than an empty page.
    var none = terms.length > 0 && found.length === 0;
    var keep = {};
    found.forEach(function (entry) { keep[entry.c] = true; });
    index.forEach(function (entry) {
      var item = document.getElementById("tt-" + entry.c);
      if (!item) return;
      var match = none || keep[entry.c] === true;
      item.hidden = !match;
      if (match && !none) shown += 1;
    });
    groups.forEach(function (group) {
      var visible = group.querySelectorAll(".procedure:not([hidden])").length;
      group.hidden = visible === 0;
      var count = group.querySelector("h2 .count[data-total]");
      if (count) count.textContent = "(" + visible + " thủ tục)";
      var entry = toc && toc.querySelector('[data-group="' + group.id + '"]');
      if (entry) {
        entry.hidden = visible === 0;
        entry.querySelector(".count").textContent = "(" + visible + ")";
      }
    });
    // While searching, the results come right under the box: the field index steps aside.
    if (toc) toc.hidden = terms.length > 0 && !none;
    if (results) showResults(terms.length && !none ? found : []);
    if (results) shown = Math.min(found.length, terms.length && !none ? found.length : 0);
    status.textContent = terms.length
      ? (shown ? "Tìm thấy " + shown + " thủ tục" + (results && shown > 100 ? " (hiện 100 thủ tục đầu; gõ thêm từ để thu hẹp)." : ".") : "Không tìm thấy thủ tục nào khớp. Thử ít từ hơn, hoặc chọn lĩnh vực trong danh sách đầy đủ bên dưới.")
      : "";
  }

  fetch(form.getAttribute("data-index"))
    .then(function (response) { return response.json(); })
    .then(function (entries) {
      entries.forEach(function (entry) { entry.compact = entry.t.replace(/\s+/g, ""); });
      index = entries;
      form.hidden = false;
      if (fallback) fallback.hidden = true;
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      input.addEventListener("input", apply);
      if (input.value) apply();
    })
    .catch(function () { /* the list and its field index stay usable without search */ });
})();
