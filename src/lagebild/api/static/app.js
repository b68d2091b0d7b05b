// lagebild pages: highlight layer switches, timeline bar charts and the actor-network graph.
// Data comes from <script type="application/json"> blocks; everything is drawn with DOM calls
// (textContent, setAttribute), never from HTML strings.
"use strict";

var SVG = "http://www.w3.org/2000/svg";

function svgEl(name, attrs, parent) {
  var el = document.createElementNS(SVG, name);
  Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, String(attrs[k])); });
  if (parent) parent.appendChild(el);
  return el;
}

function readData(chart) {
  var source = document.getElementById(chart.dataset.source);
  try { return source ? JSON.parse(source.textContent) : null; } catch (e) { return null; }
}

// --- highlight layers -------------------------------------------------------------------
function setupLegend() {
  var text = document.getElementById("article-text");
  if (!text) return;
  document.querySelectorAll("#legend input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });
}

// --- time buckets -----------------------------------------------------------------------
function addStep(key, unit) {
  if (unit === "year") return String(Number(key) + 1);
  if (unit === "month") {
    var y = Number(key.slice(0, 4)), m = Number(key.slice(5, 7)) + 1;
    if (m > 12) { m = 1; y += 1; }
    return String(y).padStart(4, "0") + "-" + String(m).padStart(2, "0");
  }
  var d = new Date(key + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function bucketKey(date, unit) {
  return unit === "year" ? date.slice(0, 4) : unit === "month" ? date.slice(0, 7) : date.slice(0, 10);
}

// Buckets spanning the dates without gaps (days, else months, else years), at most MAX_BARS of them;
// a wider spread shows only the months (else years) that have data, so a stray old date cannot flatten the rest.
var MAX_BARS = 120;
function span(first, last, unit) {
  var keys = [], key = bucketKey(first, unit), end = bucketKey(last, unit);
  while (keys.length <= MAX_BARS) {
    keys.push(key);
    if (key >= end) return keys;
    key = addStep(key, unit);
  }
  return null;
}

function present(dates, unit) {
  var seen = {};
  dates.forEach(function (d) { seen[bucketKey(d, unit)] = true; });
  return Object.keys(seen).sort();
}

function buckets(dates) {
  var sorted = dates.slice().sort(), first = sorted[0], last = sorted[sorted.length - 1];
  var days = span(first, last, "day");
  if (days) return { unit: "day", keys: days };
  var months = span(first, last, "month");
  if (months) return { unit: "month", keys: months };
  months = present(sorted, "month");
  if (months.length <= MAX_BARS) return { unit: "month", keys: months };
  return { unit: "year", keys: span(first, last, "year") || present(sorted, "year") };
}

// --- bar chart --------------------------------------------------------------------------
// items: [{date, series, n}]; series: {name: css class}
function barChart(chart, items, series, onClick) {
  var dated = items.filter(function (it) { return typeof it.date === "string" && /^\d{4}-\d{2}-\d{2}/.test(it.date); });
  if (!dated.length) return;
  var b = buckets(dated.map(function (it) { return it.date; }));
  var counts = {};
  b.keys.forEach(function (k) { counts[k] = {}; });
  dated.forEach(function (it) {
    var k = bucketKey(it.date, b.unit);
    if (counts[k]) counts[k][it.series] = (counts[k][it.series] || 0) + it.n;
  });
  var max = 1;
  b.keys.forEach(function (k) {
    var total = 0;
    Object.keys(counts[k]).forEach(function (s) { total += counts[k][s]; });
    max = Math.max(max, total);
  });
  var W = 900, H = 170, left = 34, bottom = 22, top = 8;
  var step = (W - left - 6) / b.keys.length, barW = Math.max(1, step * 0.8);
  chart.textContent = "";
  var svg = svgEl("svg", { viewBox: "0 0 " + W + " " + H, role: "img" }, chart);
  svgEl("title", {}, svg).textContent = "Counts per " + b.unit;
  svgEl("line", { x1: left, y1: H - bottom, x2: W, y2: H - bottom, "class": "axis" }, svg);
  var yMax = svgEl("text", { x: left - 4, y: top + 10, "text-anchor": "end" }, svg);
  yMax.textContent = String(max);
  var yZero = svgEl("text", { x: left - 4, y: H - bottom, "text-anchor": "end" }, svg);
  yZero.textContent = "0";
  var labelEvery = Math.max(1, Math.ceil(b.keys.length / 8));
  b.keys.forEach(function (k, i) {
    var x = left + i * step + (step - barW) / 2, y = H - bottom;
    var group = svgEl("g", { "class": "bucket" }, svg);
    var parts = [];
    Object.keys(series).forEach(function (s) {
      var n = counts[k][s] || 0;
      if (!n) return;
      var h = (H - bottom - top) * n / max;
      y -= h;
      svgEl("rect", { x: x, y: y, width: barW, height: h, "class": series[s] }, group);
      parts.push(n + " " + s);
    });
    svgEl("title", {}, group).textContent = k + ": " + (parts.join(", ") || "none");
    if (onClick && parts.length) {
      group.setAttribute("tabindex", "0");
      group.addEventListener("click", function () { onClick(k, b.unit); });
    }
    if (i % labelEvery === 0) {
      var label = svgEl("text", { x: left + i * step + step / 2, y: H - 6, "text-anchor": "middle" }, svg);
      label.textContent = k;
    }
  });
}

function bucketRange(key, unit) {
  if (unit === "day") return [key, key];
  var start = unit === "month" ? key + "-01" : key + "-01-01";
  var next = unit === "month" ? addStep(key, "month") + "-01" : addStep(key, "year") + "-01-01";
  var end = new Date(next + "T00:00:00Z");
  end.setUTCDate(end.getUTCDate() - 1);
  return [start, end.toISOString().slice(0, 10)];
}

function setupTimeline() {
  var chart = document.getElementById("timeline-chart");
  if (!chart) return;
  var data = readData(chart) || [];
  var items = data.map(function (t) { return { date: t.date, series: t.kind === "quote" ? "quotes" : "events", n: 1 }; });
  barChart(chart, items, { events: "bar", quotes: "bar bar-quote" });
}

function setupEventsChart() {
  var chart = document.getElementById("events-chart");
  if (!chart) return;
  var data = readData(chart) || [];
  var items = data.map(function (t) { return { date: t.date, series: "events", n: t.n }; });
  barChart(chart, items, { events: "bar" }, function (key, unit) {
    var range = bucketRange(key, unit), params = new URLSearchParams(window.location.search);
    params.set("since", range[0]);
    params.set("until", range[1]);
    params.delete("offset");
    window.location.search = params.toString();
  });
}

// --- network graph ----------------------------------------------------------------------
function setupNetwork() {
  var chart = document.getElementById("network-chart");
  if (!chart) return;
  var data = readData(chart);
  if (!data || !data.nodes || data.nodes.length < 2) return;
  var W = 900, H = 420, cx = W / 2, cy = H / 2, r = Math.min(W, H) / 2 - 50;
  var pos = {}, others = data.nodes.slice(1);
  pos[data.nodes[0].id] = [cx, cy];
  others.forEach(function (n, i) {
    var a = 2 * Math.PI * i / others.length - Math.PI / 2;
    pos[n.id] = [cx + 1.6 * r * Math.cos(a), cy + r * Math.sin(a)];
  });
  var weight = {};
  data.edges.forEach(function (e) {
    var key = e.source + "\u0000" + e.target;
    weight[key] = weight[key] || { source: e.source, target: e.target, n: 0, types: [] };
    weight[key].n += e.weight;
    weight[key].types.push(e.type + " " + e.weight);
  });
  var max = 1;
  Object.keys(weight).forEach(function (k) { max = Math.max(max, weight[k].n); });
  var names = {};
  data.nodes.forEach(function (n) { names[n.id] = n.name; });
  chart.textContent = "";
  var svg = svgEl("svg", { viewBox: "0 0 " + W + " " + H, role: "img" }, chart);
  svgEl("title", {}, svg).textContent = "Actor network";
  var defs = svgEl("defs", {}, svg);
  var marker = svgEl("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
                                 markerUnits: "userSpaceOnUse", orient: "auto" }, defs);
  svgEl("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#7b8794" }, marker);
  Object.keys(weight).forEach(function (k) {
    var e = weight[k], a = pos[e.source], b = pos[e.target];
    if (!a || !b) return;
    // A slight bend to the right of the direction keeps A→B and B→A apart; the arrow stops at the node.
    var dx = b[0] - a[0], dy = b[1] - a[1], len = Math.sqrt(dx * dx + dy * dy) || 1;
    var mx = (a[0] + b[0]) / 2 - dy / len * 18, my = (a[1] + b[1]) / 2 + dx / len * 18;
    var ex = b[0] - (b[0] - mx) / Math.hypot(b[0] - mx, b[1] - my) * 11, ey = b[1] - (b[1] - my) / Math.hypot(b[0] - mx, b[1] - my) * 11;
    var path = svgEl("path", { d: "M " + a[0] + " " + a[1] + " Q " + mx + " " + my + " " + ex + " " + ey, "class": "edge",
                               fill: "none", "stroke-width": 1 + 4 * e.n / max, "marker-end": "url(#arrow)" }, svg);
    svgEl("title", {}, path).textContent = names[e.source] + " → " + names[e.target] + ": " + e.types.join(", ");
  });
  data.nodes.forEach(function (n, i) {
    var p = pos[n.id];
    var link = svgEl("a", { href: "/entities/" + encodeURIComponent(n.id), "class": "node" + (i === 0 ? " center" : "") }, svg);
    svgEl("circle", { cx: p[0], cy: p[1], r: i === 0 ? 12 : 8 }, link);
    var label = svgEl("text", { x: p[0], y: p[1] - 14, "text-anchor": "middle" }, link);
    label.textContent = n.name;
    svgEl("title", {}, link).textContent = n.name + (n.type ? " (" + n.type + ")" : "") + (i ? ": " + n.weight + " events" : "");
  });
}

document.addEventListener("DOMContentLoaded", function () {
  setupLegend();
  setupTimeline();
  setupEventsChart();
  setupNetwork();
});
