#!/usr/bin/env python3
"""Benchmark peer for `csto-atlas export --size 3840x2160 --out map.png`.

Draws the same map as benches/peers/d3/draw.mjs with geopandas (pyogrio/GDAL reads the TopoJSON,
pyproj projects), shapely (the Tajik-Afghan frontier) and matplotlib (Agg) writing the PNG.

Usage (from anywhere): python benches/peers/geopandas/draw.py [OUT.png]
(default benches/peers/out/geopandas.png)
"""

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import geopandas as gpd  # noqa: E402
import matplotlib.patheffects as pe  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import shapely  # noqa: E402
from pyproj import Transformer  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "benches/peers/out/geopandas.png"
TOPOLOGY = REPO / "assets/naturalearth/countries-10m.json"

# ---- the figure (identical in every peer) ----
WIDTH, HEIGHT = 3840, 2160
DPI = 100  # so 1 px = 72/100 pt
PX = 72 / DPI  # points per pixel (matplotlib line widths and font sizes are in points)
OCEAN = "#d4e4f0"
LAND = "#eeebe3"
BORDER = "#9a968c"
BORDER_PX = 0.7
MEMBER = "#3a6eb4"
FRONTIER = "#d62728"
FRONTIER_PX = 6
MEMBERS = {"051", "112", "398", "417", "643", "762"}
# side: where the label sits (Dushanbe's label goes left so it does not hide the red frontier).
CITIES = [
    ("Moscow", 37.62, 55.75, "right"),
    ("Dushanbe", 68.78, 38.56, "left"),
    ("Astana", 71.43, 51.13, "right"),
]
TITLE = "Collective Security Treaty Organization, 1 July 2025"
TEXT = "#1e1e1e"
HALO = "#ffffff"
TITLE_PX = 72  # font size
TITLE_BASELINE = 110  # px from the top
LABEL_PX = 44
LABEL_GAP = 10  # px between the dot's edge and the text
DOT_RADIUS = 12
DOT_FILL = "#1e1e1e"
DOT_STROKE = "#ffffff"
DOT_STROKE_PX = 4
# Frame: the projected bounding box of the lon/lat rectangle 20..140°E x 25..75°N (edges sampled
# every degree), widened about its centre to the 16:9 aspect of the image.
FRAME = (20, 140, 25, 75)

# Lambert azimuthal equal-area on the sphere (mean Earth radius), centred on 70°E 50°N.
LAEA = "+proj=laea +lat_0=50 +lon_0=70 +x_0=0 +y_0=0 +R=6371008.8 +units=m +no_defs"


def frame_bounds(to_laea: Transformer):
    lon0, lon1, lat0, lat1 = FRAME
    lons = np.arange(lon0, lon1 + 1)
    lats = np.arange(lat0, lat1 + 1)
    lon = np.concatenate([lons, lons, np.full(lats.size, lon0), np.full(lats.size, lon1)])
    lat = np.concatenate([np.full(lons.size, lat0), np.full(lons.size, lat1), lats, lats])
    x, y = to_laea.transform(lon, lat)
    x0, x1, y0, y1 = x.min(), x.max(), y.min(), y.max()
    k = min(WIDTH / (x1 - x0), HEIGHT / (y1 - y0))  # pixels per metre
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w, half_h = WIDTH / 2 / k, HEIGHT / 2 / k
    return (cx - half_w, cx + half_w, cy - half_h, cy + half_h), k


def main() -> None:
    to_laea = Transformer.from_crs("EPSG:4326", LAEA, always_xy=True)
    (x0, x1, y0, y1), k = frame_bounds(to_laea)

    world = gpd.read_file(TOPOLOGY, layer="countries").set_crs("EPSG:4326")
    is_member = world["id"].isin(MEMBERS)

    # The frontier: the intersection of Tajikistan's and Afghanistan's boundaries (shared arcs).
    tjk = world.loc[world["id"] == "762", "geometry"].iloc[0]
    afg = world.loc[world["id"] == "004", "geometry"].iloc[0]
    shared = shapely.intersection(tjk.boundary, afg.boundary)
    shared = shapely.line_merge(
        shapely.MultiLineString(
            [g for g in shapely.get_parts(shared) if g.geom_type in ("LineString", "LinearRing")]
        )
    )
    frontier = gpd.GeoSeries([shared], crs="EPSG:4326").to_crs(LAEA)

    # Project, keep what touches the frame (with a margin); matplotlib clips the rest.
    world = world.to_crs(LAEA)
    margin = 50 / k
    view = shapely.box(x0 - margin, y0 - margin, x1 + margin, y1 + margin)
    world = world[world.intersects(view)]
    is_member = is_member[world.index]

    fig = plt.figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, facecolor=OCEAN)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_facecolor(OCEAN)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")

    world[~is_member].plot(ax=ax, color=LAND, edgecolor="none", linewidth=0)
    world[is_member].plot(ax=ax, color=MEMBER, edgecolor="none", linewidth=0)
    world.boundary.plot(ax=ax, color=BORDER, linewidth=BORDER_PX * PX)
    frontier.plot(ax=ax, color=FRONTIER, linewidth=FRONTIER_PX * PX, capstyle="round", joinstyle="round")

    halo = lambda px: [pe.withStroke(linewidth=px * PX, foreground=HALO)]  # noqa: E731
    for name, lon, lat, side in CITIES:
        x, y = to_laea.transform(lon, lat)
        ax.plot(
            [x], [y], marker="o", linestyle="none",
            markersize=2 * DOT_RADIUS * PX, markerfacecolor=DOT_FILL,
            markeredgecolor=DOT_STROKE, markeredgewidth=DOT_STROKE_PX * PX, zorder=5,
        )
        dx = (DOT_RADIUS + LABEL_GAP) * (1 if side == "right" else -1)
        ax.annotate(
            name, (x, y), xytext=(dx * PX, 0), textcoords="offset points",
            ha="left" if side == "right" else "right", va="center_baseline",
            fontsize=LABEL_PX * PX, family="DejaVu Sans", color=TEXT,
            path_effects=halo(8), zorder=6,
        )

    fig.text(
        0.5, 1 - TITLE_BASELINE / HEIGHT, TITLE, ha="center", va="baseline",
        fontsize=TITLE_PX * PX, family="DejaVu Sans", weight="bold", color=TEXT,
        path_effects=halo(12), zorder=7,
    )

    OUT.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(OUT, dpi=DPI, facecolor=OCEAN)
    print(f"wrote {OUT} ({WIDTH}x{HEIGHT})", file=sys.stderr)


if __name__ == "__main__":
    main()
