// The staff report view's map: the report's place and the unit's boundary. Without tiles (none configured, or no
// tile server reachable) the boundary is still drawn on the map's plain background; the page shows the coordinates.
(function () {
  'use strict';
  var element = document.getElementById('map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var lat = parseFloat(element.dataset.lat);
  var lon = parseFloat(element.dataset.lon);
  var map = L.map(element, { scrollWheelZoom: false });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution || '' }).addTo(map);
  }
  var bounds = null;
  if (element.dataset.boundary) {
    var boundary = L.geoJSON(JSON.parse(element.dataset.boundary), {
      style: { color: '#0b4f8a', weight: 2, fillOpacity: 0.08 }
    }).addTo(map);
    bounds = boundary.getBounds();
  }
  if (!isNaN(lat) && !isNaN(lon)) {
    L.circleMarker([lat, lon], { radius: 8, color: '#a40e26', weight: 3, fillOpacity: 0.6 }).addTo(map);
    if (!bounds) {
      map.setView([lat, lon], 16);
      return;
    }
    bounds.extend([lat, lon]);
  }
  map.fitBounds(bounds, { padding: [10, 10] });
})();
