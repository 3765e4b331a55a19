// marsad pages: tooltips for highlighted evidence, charts from embedded JSON, sortable event tables.
// No inline script: the Content-Security-Policy allows scripts from this server only.
(function () {
  "use strict";
  var tip = document.createElement("div");
  tip.id = "tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.addEventListener("DOMContentLoaded", function () {
    document.body.appendChild(tip);
    renderCharts();
    linkEvents();
  });

  function show(target) {
    var el = target.closest ? target.closest("[data-tip]") : null;
    if (!el) { return; }
    tip.textContent = el.getAttribute("data-tip");  // text, never markup
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    tip.style.top = (window.scrollY + r.bottom + 6) + "px";
    tip.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - 380)) + "px";
  }
  function hide(target) {
    if (target.closest && target.closest("[data-tip]")) { tip.hidden = true; }
  }
  document.addEventListener("mouseover", function (e) { show(e.target); });
  document.addEventListener("mouseout", function (e) { hide(e.target); });
  document.addEventListener("focusin", function (e) { show(e.target); });
  document.addEventListener("focusout", function (e) { hide(e.target); });

  function renderCharts() {
    var holders = document.querySelectorAll("[data-chart]");
    holders.forEach(function (holder) {
      var source = document.getElementById(holder.getAttribute("data-chart"));
      if (!source || typeof Plotly === "undefined") { return; }
      var figure = JSON.parse(source.textContent);
      Plotly.newPlot(holder, figure.data, figure.layout, {displaylogo: false, responsive: true});
    });
  }

  // the event list beside a document: hovering or focusing an event lights its trigger in the text
  function linkEvents() {
    document.querySelectorAll("[data-event-row]").forEach(function (row) {
      var id = row.getAttribute("data-event-row");
      function toggle(on) {
        document.querySelectorAll('.trigger[data-event="' + id + '"]').forEach(function (t) {
          t.classList.toggle("lit", on);
        });
      }
      row.addEventListener("mouseenter", function () { toggle(true); });
      row.addEventListener("mouseleave", function () { toggle(false); });
      row.addEventListener("focusin", function () { toggle(true); });
      row.addEventListener("focusout", function () { toggle(false); });
    });
  }
})();
