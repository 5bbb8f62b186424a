#!/usr/bin/env node
// Benchmark peer for `csto-atlas export --size 3840x2160 --out map.png`: draws the same map with
// d3-geo + topojson-client as an SVG string, then rasterises it to PNG with resvg-js.
//
// Usage (from anywhere): node benches/peers/d3/draw.mjs [OUT.png]   (default benches/peers/out/d3.png)
// Set PEER_SVG=path.svg to also write the intermediate SVG (not done when timing).

import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { geoArea, geoAzimuthalEqualArea, geoPath } from "d3-geo";
import * as topojson from "topojson-client";
import { Resvg } from "@resvg/resvg-js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..", "..");
const out = resolve(process.argv[2] ?? resolve(repo, "benches/peers/out/d3.png"));
const topologyPath = resolve(repo, "assets/naturalearth/countries-10m.json");
const fontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const fontFileBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
for (const f of [fontFile, fontFileBold]) {
  // resvg-js draws no text at all when a font is missing, so fail loudly (Debian: fonts-dejavu-core).
  if (!existsSync(f)) throw new Error(`missing font ${f} (apt-get install fonts-dejavu-core)`);
}

// ---- the figure (identical in every peer) ----
const WIDTH = 3840;
const HEIGHT = 2160;
const OCEAN = "#d4e4f0";
const LAND = "#eeebe3";
const BORDER = "#9a968c";
const BORDER_PX = 0.7;
const MEMBER = "#3a6eb4";
const FRONTIER = "#d62728";
const FRONTIER_PX = 6;
const MEMBERS = new Set(["051", "112", "398", "417", "643", "762"]);
// side: where the label sits (Dushanbe's label goes left so it does not hide the red frontier).
const CITIES = [
  { name: "Moscow", lon: 37.62, lat: 55.75, side: "right" },
  { name: "Dushanbe", lon: 68.78, lat: 38.56, side: "left" },
  { name: "Astana", lon: 71.43, lat: 51.13, side: "right" },
];
const LABEL_GAP = 10; // px between the dot's edge and the text
const TITLE = "Collective Security Treaty Organization, 1 July 2025";
const TEXT = "#1e1e1e";
const HALO = "#ffffff";
const TITLE_PX = 72; // font size
const TITLE_BASELINE = 110; // px from the top
const LABEL_PX = 44;
const DOT_RADIUS = 12;
const DOT_FILL = "#1e1e1e";
const DOT_STROKE = "#ffffff";
const DOT_STROKE_PX = 4;
// Frame: the projected bounding box of the lon/lat rectangle 20..140°E x 25..75°N (edges sampled
// every degree), widened about its centre to the 16:9 aspect of the image.
const FRAME = { lon0: 20, lon1: 140, lat0: 25, lat1: 75 };

// Lambert azimuthal equal-area on the sphere, centred on 70°E 50°N.
const projection = geoAzimuthalEqualArea().rotate([-70, -50]).scale(1).translate([0, 0]).precision(0.1);
const samples = [];
for (let lon = FRAME.lon0; lon <= FRAME.lon1; lon += 1) samples.push([lon, FRAME.lat0], [lon, FRAME.lat1]);
for (let lat = FRAME.lat0; lat <= FRAME.lat1; lat += 1) samples.push([FRAME.lon0, lat], [FRAME.lon1, lat]);
let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
for (const s of samples) {
  const [x, y] = projection(s); // unit sphere, y down
  x0 = Math.min(x0, x); x1 = Math.max(x1, x);
  y0 = Math.min(y0, y); y1 = Math.max(y1, y);
}
const k = Math.min(WIDTH / (x1 - x0), HEIGHT / (y1 - y0)); // pixels per unit
const cx = (x0 + x1) / 2;
const cy = (y0 + y1) / 2;
projection
  .scale(k)
  .translate([WIDTH / 2 - k * cx, HEIGHT / 2 - k * cy])
  .clipExtent([[-10, -10], [WIDTH + 10, HEIGHT + 10]]);
const path = geoPath(projection).digits(1);

// ---- data ----
// d3-geo reads polygon rings on the sphere: a ring wound the "wrong" way encloses the rest of the
// globe. One 1:10m feature (Maldives, 462) has such rings and would flood the ocean with land, so
// any polygon larger than a hemisphere has its rings reversed (the usual d3 "rewind" fix).
function rewind(feature) {
  const g = feature.geometry;
  if (!g) return feature;
  const fix = (rings) =>
    geoArea({ type: "Polygon", coordinates: rings }) > 2 * Math.PI ? rings.map((r) => r.slice().reverse()) : rings;
  if (g.type === "Polygon") g.coordinates = fix(g.coordinates);
  else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map(fix);
  return feature;
}

const topology = JSON.parse(readFileSync(topologyPath, "utf8"));
const countries = topology.objects.countries;
const features = topojson.feature(topology, countries).features.map(rewind);
const members = { type: "FeatureCollection", features: features.filter((f) => MEMBERS.has(f.id)) };
const others = { type: "FeatureCollection", features: features.filter((f) => !MEMBERS.has(f.id)) };
// Every country's outline, coasts included (each shared arc once), as the app outlines each country.
const borders = topojson.mesh(topology, countries);
const frontier = topojson.mesh(
  topology,
  countries,
  (a, b) => (a.id === "762" && b.id === "004") || (a.id === "004" && b.id === "762"),
);

// ---- SVG ----
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const halo = (px) => `stroke="${HALO}" stroke-width="${px}" stroke-linejoin="round" paint-order="stroke"`;
const parts = [];
parts.push(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
  `<rect width="${WIDTH}" height="${HEIGHT}" fill="${OCEAN}"/>`,
  `<path d="${path(others)}" fill="${LAND}" stroke="none"/>`,
  `<path d="${path(members)}" fill="${MEMBER}" stroke="none"/>`,
  `<path d="${path(borders)}" fill="none" stroke="${BORDER}" stroke-width="${BORDER_PX}" stroke-linejoin="round"/>`,
  `<path d="${path(frontier)}" fill="none" stroke="${FRONTIER}" stroke-width="${FRONTIER_PX}" stroke-linejoin="round" stroke-linecap="round"/>`,
);
for (const c of CITIES) {
  const [x, y] = projection([c.lon, c.lat]);
  parts.push(
    `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${DOT_RADIUS}" fill="${DOT_FILL}" stroke="${DOT_STROKE}" stroke-width="${DOT_STROKE_PX}"/>`,
    `<text x="${(c.side === "left" ? x - DOT_RADIUS - LABEL_GAP : x + DOT_RADIUS + LABEL_GAP).toFixed(1)}" y="${(y + LABEL_PX * 0.35).toFixed(1)}" text-anchor="${c.side === "left" ? "end" : "start"}" font-family="DejaVu Sans" font-size="${LABEL_PX}" fill="${TEXT}" ${halo(8)}>${esc(c.name)}</text>`,
  );
}
parts.push(
  `<text x="${WIDTH / 2}" y="${TITLE_BASELINE}" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="${TITLE_PX}" fill="${TEXT}" ${halo(12)}>${esc(TITLE)}</text>`,
  `</svg>`,
);
const svg = parts.join("\n");
if (process.env.PEER_SVG) writeFileSync(process.env.PEER_SVG, svg);

// ---- raster ----
const resvg = new Resvg(svg, {
  fitTo: { mode: "original" },
  font: { loadSystemFonts: false, fontFiles: [fontFile, fontFileBold], defaultFontFamily: "DejaVu Sans" },
  shapeRendering: 2, // geometricPrecision: anti-aliased, like the other peers
  textRendering: 1, // optimizeLegibility
});
const png = resvg.render().asPng();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.error(`wrote ${out} (${WIDTH}x${HEIGHT}, ${png.length} bytes, svg ${svg.length} chars)`);
