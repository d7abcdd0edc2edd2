// Evidence: clicking a fact highlights every piece of its evidence in the text and scrolls to the
// first; a page opened on one fact's field (?fact=..&field=..#focus) scrolls to the marked words.
// Charts: each div.chart is drawn from the JSON block it names; a click on a bar opens its link.
(function () {
  function show(item, scroll) {
    var id = item.getAttribute("data-fact");
    document.querySelectorAll("mark.ev.highlight").forEach(function (m) { m.classList.remove("highlight"); });
    document.querySelectorAll("li.fact.active").forEach(function (li) { li.classList.remove("active"); });
    item.classList.add("active");
    document.querySelectorAll("mark.ev").forEach(function (m) {
      if ((m.getAttribute("data-facts") || "").split(" ").indexOf(id) >= 0) { m.classList.add("highlight"); }
    });
    var first = document.getElementById(item.getAttribute("data-target") || "");
    if (first && scroll) { first.scrollIntoView({ block: "center" }); }
  }
  document.querySelectorAll("li.fact").forEach(function (item) {
    item.addEventListener("click", function () { show(item, true); });
    item.addEventListener("keydown", function (e) { if (e.key === "Enter") { show(item, true); } });
  });
  var focus = document.querySelector("mark.ev.focus");
  var active = document.querySelector("li.fact.active");
  if (active) { show(active, !focus); }
  if (focus) { focus.scrollIntoView({ block: "center" }); }
  var hash = decodeURIComponent(window.location.hash || "");
  if (!focus && hash.indexOf("#fact-") === 0) {
    var item = document.getElementById(hash.slice(1));
    if (item) { show(item, true); }
  }

  if (typeof window.Plotly === "undefined") { return; }
  document.querySelectorAll("div.chart[data-figure]").forEach(function (div) {
    var block = document.getElementById(div.getAttribute("data-figure"));
    if (!block) { return; }
    var figure = JSON.parse(block.textContent);
    window.Plotly.newPlot(div, figure.data, figure.layout, figure.config).then(function () {
      div.setAttribute("data-drawn", "1");
    });
    div.on("plotly_click", function (event) {
      var point = event && event.points && event.points[0];
      var target = point && point.customdata;
      if (typeof target === "string" && target.charAt(0) === "/") { window.location.href = target; }
    });
  });
})();
