// frontsearch page enhancements. The page works without this script; it only
// submits the search form when a filter changes, filters long facet lists as
// the user types, and copies the citation.
(function () {
  "use strict";
  var form = document.getElementById("sf");
  if (form) {
    form.addEventListener("change", function (e) {
      var t = e.target;
      if (t.matches('input[type="checkbox"], select, input[type="date"]')) {
        // Drop empty fields so that URLs stay short and shareable.
        Array.prototype.forEach.call(form.elements, function (el) {
          if (el.name && !el.value && (el.tagName === "INPUT" || el.tagName === "SELECT")) {
            el.disabled = true;
          }
        });
        form.submit();
      }
    });
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && !el.value) { el.disabled = true; }
      });
    });
  }
  // Fields disabled before a submit must come back when the browser
  // restores this page from its back/forward cache.
  window.addEventListener("pageshow", function () {
    if (!form) { return; }
    Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
  });
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  Array.prototype.forEach.call(document.querySelectorAll("input.ffilter"), function (box) {
    var list = document.getElementById(box.getAttribute("data-list"));
    if (!list) { return; }
    box.hidden = false;
    box.addEventListener("input", function () {
      var q = fold(box.value.trim());
      Array.prototype.forEach.call(list.children, function (li) {
        li.hidden = q !== "" && fold(li.textContent).indexOf(q) < 0;
      });
    });
    box.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); }
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (btn) {
    var src = document.getElementById(btn.getAttribute("data-copy"));
    if (!src || !navigator.clipboard) { return; }
    btn.hidden = false;
    btn.addEventListener("click", function () {
      navigator.clipboard.writeText(src.textContent).then(function () {
        btn.textContent = "Đã sao chép";
      });
    });
  });
})();
