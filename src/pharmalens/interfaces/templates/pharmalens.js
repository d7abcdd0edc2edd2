// Clicking a fact highlights every piece of its evidence in the text and scrolls to the first.
(function () {
  function show(item) {
    var id = item.getAttribute("data-fact");
    document.querySelectorAll("mark.ev.highlight").forEach(function (m) { m.classList.remove("highlight"); });
    document.querySelectorAll("li.fact.active").forEach(function (li) { li.classList.remove("active"); });
    item.classList.add("active");
    document.querySelectorAll("mark.ev").forEach(function (m) {
      if ((m.getAttribute("data-facts") || "").split(" ").indexOf(id) >= 0) { m.classList.add("highlight"); }
    });
    var first = document.getElementById(item.getAttribute("data-target") || "");
    if (first) { first.scrollIntoView({ block: "center" }); }
  }
  document.querySelectorAll("li.fact").forEach(function (item) {
    item.addEventListener("click", function () { show(item); });
    item.addEventListener("keydown", function (e) { if (e.key === "Enter") { show(item); } });
  });
  var hash = decodeURIComponent(window.location.hash || "");
  if (hash.indexOf("#fact-") === 0) {
    var item = document.getElementById(hash.slice(1));
    if (item) { show(item); }
  }
})();
