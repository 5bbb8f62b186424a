// Drives headless Chromium over the served dist/ (see scripts/web-test.sh):
// node web-test.mjs URL OUT_FOLDER. Exits non-zero, saying why, if any check fails.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const [url, out] = process.argv.slice(2);
const MEMBER_BLUE = [0x18, 0x95, 0xee]; // carto::palette::MapPalette::LIGHT.member
const SELECTION_AMBER = [0xff, 0xb0, 0x00]; // carto::palette::MapPalette::LIGHT.selection
const SIZE = { width: 1400, height: 860 };
const FIRST_PAINT_LIMIT_MS = 30000;
const UPDATE_LIMIT_MS = 15000;

const failures = [];
let passed = 0;
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (ok) passed++;
  else failures.push(what);
};

// Decodes a base64 PNG in the page (the WebGL canvas cannot be read back; a screenshot can):
// defined on the page once it has loaded, for the checks below.
const READ_PNG = `window.readPng = async (b64) => {
  const image = new Image();
  image.src = "data:image/png;base64," + b64;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(image, 0, 0);
  return { image, data: ctx.getImageData(0, 0, image.width, image.height).data };
}`;

// Pixels of a PNG near `rgb` (within `tolerance` per channel), and where they are.
async function colourStats(page, png, rgb, tolerance = 6) {
  return page.evaluate(
    async ([b64, rgb, tolerance]) => {
      const { image, data } = await window.readPng(b64);
      let count = 0, sx = 0, sy = 0;
      const colours = new Set();
      for (let i = 0; i < data.length; i += 4) {
        if (i % 64 === 0) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        if (Math.abs(data[i] - rgb[0]) <= tolerance && Math.abs(data[i + 1] - rgb[1]) <= tolerance
            && Math.abs(data[i + 2] - rgb[2]) <= tolerance) {
          const p = i / 4;
          count++; sx += p % image.width; sy += Math.floor(p / image.width);
        }
      }
      return { count, distinct: colours.size, centre: count ? [sx / count, sy / count] : null };
    },
    [png.toString("base64"), rgb, tolerance]);
}

// How many pixels differ between two same-sized PNGs.
async function pixelsChanged(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const [da, db] = [(await window.readPng(a)).data, (await window.readPng(b)).data];
    let changed = 0;
    for (let i = 0; i < da.length; i += 4) {
      if (da[i] !== db[i] || da[i + 1] !== db[i + 1] || da[i + 2] !== db[i + 2]) changed++;
    }
    return changed;
  }, [a.toString("base64"), b.toString("base64")]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--no-sandbox"],
});
try {
  const page = await browser.newPage({ viewport: SIZE, colorScheme: "light" });
  const errors = [];
  page.on("console", (message) => {
    console.log(`  console.${message.type()}: ${message.text()}`);
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));

  const start = Date.now();
  await page.goto(url);
  const first = await waitForMap(page);
  const firstPaintMs = Date.now() - start;
  check(first !== null, `the map is drawn (member blue on screen) within ${FIRST_PAINT_LIMIT_MS / 1000} s`);
  if (first === null) throw new Error("no map drawn");
  console.log(`  time to first paint of the map: ${firstPaintMs} ms (navigation to a screenshot showing it)`);
  // Let it settle (labels, panels) before judging the picture.
  const before = await settled(page);
  writeFileSync(`${out}/map.png`, before);
  let stats = await colourStats(page, before, MEMBER_BLUE);
  check(stats.distinct > 50, `the picture is not blank (${stats.distinct} distinct colours sampled)`);
  check(stats.count > 2000, `member blue present (${stats.count} pixels)`);

  // Click a member state (at the middle of the blue) and expect the details to change.
  const [x, y] = stats.centre;
  const target = await findBlueNear(page, before, x, y);
  console.log(`  clicking a member state at (${target[0]}, ${target[1]})`);
  await page.mouse.click(target[0], target[1]);
  const outlined = await until(page, async (png) =>
    (await colourStats(page, png, SELECTION_AMBER)).count > 200);
  const after = await settled(page);
  writeFileSync(`${out}/selected.png`, after);
  const changed = await pixelsChanged(page, before, after);
  check(changed > 5000, `clicking a country changes the picture (${changed} pixels)`);
  const outline = await colourStats(page, after, SELECTION_AMBER);
  check(outlined && outline.count > 200,
    `the clicked country is outlined in the selection colour (${outline.count} pixels)`);

  // Settings are remembered (eframe's web storage): zoom in, reload, and the map comes back as
  // it was left, zoomed and selected, not as it first opened.
  await page.mouse.dblclick(target[0], target[1]);
  await until(page, async (png) => (await pixelsChanged(page, after, png)) > 5000);
  const zoomed = await settled(page);
  writeFileSync(`${out}/zoomed.png`, zoomed);
  await page.reload();
  const redrawn = await waitForMap(page);
  check(redrawn !== null, "the map is drawn again after a reload");
  if (redrawn !== null) {
    const reloaded = await settled(page);
    writeFileSync(`${out}/reloaded.png`, reloaded);
    const fromZoomed = await pixelsChanged(page, zoomed, reloaded);
    const fromFirst = await pixelsChanged(page, before, reloaded);
    check(fromZoomed * 20 < fromFirst,
      `after a reload the view and selection are as left (${fromZoomed} pixels differ from it, ${fromFirst} from the first view)`);
  }

  check(errors.length === 0, `no console errors (${errors.length}: ${errors.join(" | ")})`);
  writeFileSync(`${out}/result.json`, JSON.stringify({ firstPaintMs, changed, errors }, null, 2));
} finally {
  await browser.close();
}

// A member-blue pixel near (x, y): the centre of the blue may fall outside every member.
async function findBlueNear(page, png, x, y) {
  return page.evaluate(async ([b64, rgb, x, y]) => {
    const { image, data } = await window.readPng(b64);
    const blue = (px, py) => {
      // Blue all around, so the click lands inside the country, not on a border or label.
      for (const [dx, dy] of [[0, 0], [4, 0], [-4, 0], [0, 4], [0, -4]]) {
        const i = ((py + dy) * image.width + px + dx) * 4;
        if (Math.abs(data[i] - rgb[0]) > 6 || Math.abs(data[i + 1] - rgb[1]) > 6
            || Math.abs(data[i + 2] - rgb[2]) > 6) return false;
      }
      return true;
    };
    for (let r = 0; r < 400; r += 2) {
      for (let a = 0; a < 360; a += 10) {
        const px = Math.round(x + r * Math.cos(a * Math.PI / 180));
        const py = Math.round(y + r * Math.sin(a * Math.PI / 180));
        if (px > 4 && py > 4 && px < image.width - 4 && py < image.height - 4 && blue(px, py)) {
          return [px, py];
        }
      }
    }
    return [Math.round(x), Math.round(y)];
  }, [png.toString("base64"), MEMBER_BLUE, x, y]);
}

// The first screenshot showing the map (the member colour on screen), or null after the limit.
async function waitForMap(page) {
  const start = Date.now();
  while (Date.now() - start < FIRST_PAINT_LIMIT_MS) {
    const png = await page.screenshot();
    // Defined once the page has loaded, on every (re)load.
    if (!(await page.evaluate("typeof window.readPng === 'function'"))) await page.evaluate(READ_PNG);
    if ((await colourStats(page, png, MEMBER_BLUE)).count > 2000) return png;
    await page.waitForTimeout(100);
  }
  return null;
}

// Whether `test(screenshot)` comes true within UPDATE_LIMIT_MS: the app repaints on input, but a
// loaded machine renders through SwiftShader slowly, so poll rather than sleep a fixed time.
async function until(page, test) {
  const start = Date.now();
  while (Date.now() - start < UPDATE_LIMIT_MS) {
    if (await test(await page.screenshot())) return true;
    await page.waitForTimeout(200);
  }
  return false;
}

// A screenshot once the picture has stopped changing (two in a row alike), or the last one taken.
async function settled(page) {
  let last = await page.screenshot();
  const start = Date.now();
  while (Date.now() - start < UPDATE_LIMIT_MS) {
    await page.waitForTimeout(500);
    const next = await page.screenshot();
    if ((await pixelsChanged(page, last, next)) < 50) return next;
    last = next;
  }
  return last;
}

console.log(`web-test: ${passed} passed, ${failures.length} failed`);
if (failures.length) process.exit(1);
