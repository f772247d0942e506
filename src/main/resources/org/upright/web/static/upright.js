// Upright's own script: draws the charts of a page. Every chart is a <canvas data-chart='{"type":"bar",
// "label":"...","labels":[...],"values":[...]}'> (or, stacked over time, "datasets":[{"label":...,"values":[...]}])
// beside a table holding the same figures, so the page says
// everything without JavaScript; a canvas with data-chart-src="/api/..." reads the same shape from the server.
// It also gives every htmx request the session's CSRF token (from <meta name="csrf-token">), so an htmx request
// that carries no form is not refused. The layout loads it on every page; a page that loads it again gets it once.
(function () {
  "use strict";
  if (window.uprightLoaded) {
    return; // a second copy would draw every chart twice, and Chart.js refuses a canvas already in use
  }
  window.uprightLoaded = true;

  function draw(canvas, spec) {
    if (typeof Chart === "undefined" || !spec || !Array.isArray(spec.labels)) {
      return;
    }
    // a chart over time has several series ("datasets": [{"label": ..., "values": [...]}]) stacked in each bar
    var stacked = Array.isArray(spec.datasets);
    var round = spec.type === "doughnut" || spec.type === "pie";
    new Chart(canvas, {
      type: spec.type || "bar",
      data: {
        labels: spec.labels,
        datasets: stacked
          ? spec.datasets.map(function (d) { return { label: d.label || "", data: d.values || [] }; })
          : [{ label: spec.label || "", data: spec.values || [] }]
      },
      options: {
        indexAxis: spec.horizontal ? "y" : "x",
        animation: false,
        plugins: { legend: { display: round || stacked } },
        scales: round ? {} : {
          x: { beginAtZero: true, stacked: stacked },
          y: { beginAtZero: true, stacked: stacked }
        }
      }
    });
  }

  function charts(root) {
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      try {
        draw(canvas, JSON.parse(canvas.getAttribute("data-chart")));
      } catch (e) {
        canvas.hidden = true; // the table beside it still says it all
      }
    });
    root.querySelectorAll("canvas[data-chart-src]").forEach(function (canvas) {
      fetch(canvas.getAttribute("data-chart-src"), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (spec) { draw(canvas, spec); })
        .catch(function () { canvas.hidden = true; });
    });
  }

  document.addEventListener("htmx:configRequest", function (event) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && meta.content) {
      event.detail.headers["X-CSRF-Token"] = meta.content;
    }
  });
  document.addEventListener("DOMContentLoaded", function () { charts(document); });
  // htmx swaps in fragments: draw the charts they bring
  document.addEventListener("htmx:afterSwap", function (event) { charts(event.target); });
}());
