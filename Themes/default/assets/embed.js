// Copy buttons of /nhung/: shown only when JavaScript runs; without it the code boxes are
// still there to select and copy by hand.
(function () {
  var buttons = document.querySelectorAll("button.embed-copy");
  Array.prototype.forEach.call(buttons, function (button) {
    var box = document.getElementById(button.getAttribute("data-target"));
    if (!box) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var done = function () {
        button.textContent = "Đã sao chép";
        setTimeout(function () { button.textContent = "Sao chép mã"; }, 2000);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(box.value).then(done, function () { box.select(); });
      } else {
        box.focus();
        box.select();
        try { if (document.execCommand("copy")) done(); } catch (e) { /* leave it selected */ }
      }
    });
  });
})();
