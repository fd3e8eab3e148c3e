/* The eventwire map: Leaflet (vendored, served locally), the world outline as base layer, tiles only
   when the server was given --tile-url. Markers come from map.json for the current view and zoom,
   grouped per grid cell on the server; nothing is fetched from anywhere else. */
(function () {
  "use strict";
  var el = document.getElementById("ew-map");
  if (!el || !window.L) { return; }
  var d = el.dataset;
  var filter = d.filter || "";
  var map = L.map(el, { worldCopyJump: false, minZoom: 1, maxZoom: 16, attributionControl: false });
  map.createPane("outline").style.zIndex = 250;
  if (d.tileUrl) { L.tileLayer(d.tileUrl, { maxZoom: 16 }).addTo(map); }
  var layer = L.layerGroup().addTo(map);
  var boxed = null;
  var request = 0;

  function qs(extra) {
    return [filter, extra].filter(function (p) { return p; }).join("&");
  }
  function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }
  function viewBox() {
    var b = map.getBounds();
    var w = b.getWest(), e = b.getEast();
    if (e - w >= 360) { w = -180; e = 180; }
    return [clamp(w, -180, 180), clamp(b.getSouth(), -90, 90), clamp(e, -180, 180), clamp(b.getNorth(), -90, 90)]
      .map(function (v) { return v.toFixed(3); }).join(",");
  }
  function withBbox(box) {
    var params = new URLSearchParams(filter);
    params.set("bbox", box);
    return d.eventsBase + "?" + params.toString();
  }
  function radius(m) {
    var weight = m.killed > 0 ? m.killed : m.count;
    return Math.min(40, 5 + 3 * Math.sqrt(weight));
  }
  function precisionClass(m) {
    if (m.count > 1) { return "ew-cluster"; }
    if (m.precision === "country" || m.precision === "region") { return "ew-prec-country"; }
    if (m.precision === "admin1" || m.precision === "admin2") { return "ew-prec-area"; }
    return "ew-prec-point";
  }
  function describe(m) {
    if (m.count === 1) {
      return m.type + " " + (m.date || "undated") + (m.place ? " in " + m.place : "") +
        (m.killed ? ", " + m.killed + " killed" : "");
    }
    return m.count + " events" + (m.killed ? ", " + m.killed + " killed" : "") + ": " +
      m.types.map(function (t) { return t[0] + " " + t[1]; }).join(", ");
  }
  function draw(data) {
    layer.clearLayers();
    data.markers.forEach(function (m) {
      var cls = "ew-marker " + precisionClass(m) + (m.count === 1 ? " ew-single" : "");
      var circle = L.circleMarker([m.lat, m.lon], {
        radius: radius(m), color: "#222", weight: 1, fillColor: m.colour, fillOpacity: 0.8, className: cls
      }).addTo(layer);
      var tip = document.createElement("span");
      tip.textContent = describe(m); // text, never markup: place names come from articles
      circle.bindTooltip(tip);
      if (m.count > 1) {
        L.marker([m.lat, m.lon], {
          interactive: false,
          icon: L.divIcon({ className: "ew-cluster-label", html: String(m.count), iconSize: [30, 16] })
        }).addTo(layer);
      }
      var path = circle.getElement();
      if (path) {
        path.setAttribute("data-count", m.count);
        path.setAttribute("data-type", m.type);
        if (m.id) { path.setAttribute("data-id", m.id); }
      }
      circle.on("click", function () {
        if (m.id) { window.location.href = d.eventBase + encodeURIComponent(m.id); return; }
        if (map.getZoom() >= map.getMaxZoom() - 1) {
          var s = 0.01;
          window.location.href = withBbox([m.lon - s, m.lat - s, m.lon + s, m.lat + s].map(function (v) { return v.toFixed(3); }).join(","));
          return;
        }
        map.setView([m.lat, m.lon], Math.min(map.getMaxZoom(), map.getZoom() + 2));
      });
    });
    var count = document.getElementById("ew-map-count");
    var places = data.markers.length;
    count.textContent = data.placed + (data.placed === 1 ? " event" : " events") + " in view at " + places +
      (places === 1 ? " place" : " places") + (data.unplaced ? ", " + data.unplaced + " without coordinates" : "") + ".";
    el.setAttribute("data-loaded", "1");
  }
  function load() {
    var mine = ++request;
    var box = viewBox();
    document.getElementById("ew-map-view-table").href = withBbox(box);
    fetch(d.dataUrl + "?" + qs("zoom=" + map.getZoom() + "&view=" + box))
      .then(function (r) { return r.json(); })
      .then(function (data) { if (mine === request && data.markers) { draw(data); } });
  }
  fetch(d.worldUrl).then(function (r) { return r.json(); }).then(function (world) {
    L.geoJSON(world, {
      pane: "outline", interactive: false,
      style: { color: "#888", weight: 0.6, fillColor: "#f3efe4", fillOpacity: 1 }
    }).addTo(map);
  });
  if (d.bbox) {
    var b = d.bbox.split(",").map(Number);
    boxed = L.rectangle([[b[1], b[0]], [b[3], b[2]]], { color: "#276890", weight: 2, fill: false, interactive: false }).addTo(map);
    map.fitBounds(boxed.getBounds());
  } else {
    map.setView([20, 10], 2);
  }
  var filterButton = document.getElementById("ew-map-filter-view");
  var form = document.querySelector("form.ew-filters");
  if (filterButton && form) {
    filterButton.addEventListener("click", function () {
      form.querySelector("input[name=bbox]").value = viewBox();
      form.submit();
    });
  }
  map.on("moveend", load);
  load();
})();
