// Draws every model of processes/ as an SVG under docs/images/, the way Camunda Modeler and Cockpit draw it:
// bpmn-js and dmn-js in Debian's headless Chromium, each diagram exported with saveSVG. A DMN file gives its
// decision requirements diagram (<name>.svg) and each decision table as a picture of the table
// (<name>.table.svg, the viewer's HTML turned into SVG by dom-to-svg).
//
// Run it through tools/render-models, which installs the pinned packages into target/model-renderer/.
//   node render.mjs --root <project root> [--out <folder>] [--chromium <path>]
import { readFile, writeFile, readdir, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const args = parseArgs(process.argv.slice(2));
const root = path.resolve(args.root ?? '.');
const modelsDir = path.join(root, 'processes');
const outDir = path.resolve(root, args.out ?? 'docs/images');
const browserPath = args.chromium ?? process.env.CHROMIUM ?? '/usr/bin/chromium';

// The page is served from a made-up origin that the browser never leaves: every request is answered below.
const ORIGIN = 'http://models.render.invalid';
const files = {
  '/bpmn-viewer.js': require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'),
  '/dmn-viewer.js': require.resolve('dmn-js/dist/dmn-viewer.production.min.js'),
  '/bpmn-js.css': require.resolve('bpmn-js/dist/assets/bpmn-js.css'),
  '/diagram-js.css': require.resolve('bpmn-js/dist/assets/diagram-js.css'),
  '/dmn-js-shared.css': require.resolve('dmn-js/dist/assets/dmn-js-shared.css'),
  '/dmn-js-drd.css': require.resolve('dmn-js/dist/assets/dmn-js-drd.css'),
  '/dmn-js-decision-table.css': require.resolve('dmn-js/dist/assets/dmn-js-decision-table.css'),
  '/dmn-font.css': require.resolve('dmn-js/dist/assets/dmn-font/css/dmn-embedded.css'),
};

const PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
${Object.keys(files).filter(f => f.endsWith('.css')).map(f => `<link rel="stylesheet" href="${f}">`).join('\n')}
<style>
  html, body { margin: 0; background: #fff; font-family: Arial, sans-serif; }
  #canvas { width: 1600px; height: 1000px; }
  /* a decision table at its natural size, every label whole (dom-to-svg squeezes a label cut with an ellipsis) */
  #canvas.table { width: max-content; height: auto; }
  #canvas .tjs-container, #canvas .tjs-table-container { width: max-content; height: auto; overflow: visible; }
  #canvas .tjs-container * { text-overflow: clip !important; }
  #canvas .tjs-table * { white-space: normal !important; }
  #canvas thead .input-label, #canvas thead .output-label { -webkit-line-clamp: unset; overflow: visible; }
  #canvas td.annotation { min-width: 480px; }
  /* room below the table for the bpmn.io watermark, which dmn-js places at the bottom right */
  #canvas .tjs-container { padding-bottom: 40px; }
  #canvas .view-drd { display: none; } /* the viewer's button back to the DRD */
</style>
<script src="/bpmn-viewer.js"></script>
<script src="/dmn-viewer.js"></script>
<script src="/dom-to-svg.js"></script>
</head><body><div id="canvas"></div></body></html>`;

async function main() {
  const models = (await readdir(modelsDir)).filter(f => /\.(bpmn|dmn)$/.test(f)).sort();
  if (models.length === 0) throw new Error(`no .bpmn or .dmn file in ${modelsDir}`);
  await mkdir(outDir, { recursive: true });

  // dom-to-svg is an ES module with npm dependencies: bundle it once for the page.
  const domToSvg = await build({
    stdin: { contents: "export { elementToSVG, inlineResources } from 'dom-to-svg';", resolveDir: path.dirname(new URL(import.meta.url).pathname) },
    bundle: true, format: 'iife', globalName: 'DomToSvg', write: false, logLevel: 'error',
  });
  const bundled = { '/dom-to-svg.js': domToSvg.outputFiles[0].text };

  const browser = await chromium.launch({ executablePath: browserPath, headless: true });
  try {
    const written = [];
    for (const model of models) {
      // A fresh page per model, so that the ids bpmn-js generates (markers) do not depend on the models before it.
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      page.on('pageerror', e => console.error(`${model}: page error: ${e.message}`));
      await page.route(`${ORIGIN}/**`, async route => {
        const url = new URL(route.request().url());
        if (url.pathname === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
        if (bundled[url.pathname]) return route.fulfill({ contentType: 'text/javascript', body: bundled[url.pathname] });
        const file = files[url.pathname];
        if (!file) return route.fulfill({ status: 404, body: 'not found' });
        return route.fulfill({ path: file, contentType: contentType(file) });
      });
      await page.route(url => !url.toString().startsWith(ORIGIN), route => route.abort());
      // bpmn-js names its arrow markers with random ids: a seeded Math.random draws the same file twice alike.
      await page.addInitScript(() => {
        let seed = 0x2f6b1d;
        Math.random = () => {
          seed = (seed + 0x6d2b79f5) | 0;
          let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
          t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
      });
      await page.goto(`${ORIGIN}/`);
      const xml = await readFile(path.join(modelsDir, model), 'utf8');
      const base = model.replace(/\.(bpmn|dmn)$/, '');
      const pictures = model.endsWith('.bpmn') ? await drawBpmn(page, xml) : await drawDmn(page, xml);
      for (const { suffix, svg, warnings } of pictures) {
        for (const w of warnings) console.error(`${model}: ${w}`);
        const file = path.join(outDir, `${base}${suffix}.svg`);
        await writeFile(file, svg.endsWith('\n') ? svg : svg + '\n');
        written.push(path.relative(root, file));
      }
      await page.close();
    }
    for (const f of written) console.log(`wrote ${f}`);
  } finally {
    await browser.close();
  }
}

async function drawBpmn(page, xml) {
  return page.evaluate(async xml => {
    const viewer = new BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(xml);
    const { svg } = await viewer.saveSVG();
    viewer.destroy();
    return [{ suffix: '', svg, warnings: warnings.map(w => w.message) }];
  }, xml);
}

async function drawDmn(page, xml) {
  return page.evaluate(async xml => {
    const viewer = new DmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(xml);
    const pictures = [];
    const drd = viewer.getViews().find(v => v.type === 'drd');
    if (drd) {
      await viewer.open(drd);
      const { svg } = await viewer.getActiveViewer().saveSVG();
      pictures.push({ suffix: '', svg, warnings: warnings.map(w => w.message) });
    }
    const tables = viewer.getViews().filter(v => v.type === 'decisionTable');
    for (const table of tables) {
      document.querySelector('#canvas').classList.add('table');
      await viewer.open(table);
      await document.fonts.ready;
      const container = document.querySelector('#canvas .tjs-container');
      const svgDocument = DomToSvg.elementToSVG(container);
      await DomToSvg.inlineResources(svgDocument.documentElement);
      slim(svgDocument);
      const svg = '<?xml version="1.0" encoding="utf-8"?>\n<!-- created with dmn-js / http://bpmn.io -->\n'
        + new XMLSerializer().serializeToString(svgDocument);
      // One table per file is the usual case; a second table in the same file is told apart by its decision id.
      const suffix = tables.length === 1 ? '.table' : `.${table.element.id}.table`;
      pictures.push({ suffix, svg, warnings: [] });
    }
    viewer.destroy();
    return pictures;

    // dom-to-svg writes every text property and embeds every web font; keep what changes the picture.
    function slim(svgDocument) {
      const initial = {
        'font-size-adjust': 'none', 'font-stretch': '100%', 'font-style': 'normal', 'font-variant': 'normal',
        direction: 'ltr', 'letter-spacing': 'normal', 'text-decoration': 'none', 'text-anchor': 'start',
        'text-rendering': 'auto', 'unicode-bidi': 'isolate', 'word-spacing': '0px', 'writing-mode': 'horizontal-tb',
        'user-select': 'auto',
      };
      for (const element of svgDocument.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(initial)) {
          if (element.getAttribute(name) === value) element.removeAttribute(name);
        }
        if (element.hasAttribute('fill') && element.hasAttribute('color')) element.removeAttribute('color');
      }
      const families = new Set([...svgDocument.querySelectorAll('[font-family]')]
        .flatMap(e => e.getAttribute('font-family').split(',').map(f => f.trim().replace(/^["']|["']$/g, ''))));
      for (const style of svgDocument.querySelectorAll('style')) {
        style.textContent = style.textContent.replace(/@font-face\s*\{[^}]*\}\s*/g, rule => {
          const family = rule.match(/font-family:\s*["']?([^;"']+)/);
          return family && families.has(family[1].trim()) ? rule : '';
        });
        if (!style.textContent.trim()) style.remove();
      }
    }
  }, xml);
}

function contentType(file) {
  if (file.endsWith('.css')) return 'text/css';
  if (file.endsWith('.js')) return 'text/javascript';
  return 'application/octet-stream';
}

function parseArgs(list) {
  const out = {};
  for (let i = 0; i < list.length; i++) {
    const m = list[i].match(/^--(root|out|chromium)$/);
    if (!m || i + 1 >= list.length) throw new Error(`unknown argument ${list[i]}; use --root DIR, --out DIR, --chromium PATH`);
    out[m[1]] = list[++i];
  }
  return out;
}

main().catch(e => { console.error(e.stack ?? e); process.exit(1); });
