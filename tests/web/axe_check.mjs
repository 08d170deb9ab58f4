// axe-core in headless Chromium over local HTML files: one browser launch for all of them.
//
// usage: node axe_check.mjs [--chromium PATH] [--width N] [--tabs N] FILE...
// prints {"axe": VERSION, "pages": {FILE: [{id, impact, help, nodes: [target...]}...]}} on stdout.
// The pages are loaded from file:// (they are self-contained); axe is injected by the check,
// the pages themselves carry no script.
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

const args = process.argv.slice(2);
let chromium = process.env.CHROMIUM || "/usr/bin/chromium";
let width = 1280;
let tabs = 3; // pages checked side by side: axe waits on the renderer, so two cores serve three
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--chromium") chromium = args[++i];
  else if (args[i] === "--width") width = Number(args[++i]);
  else if (args[i] === "--tabs") tabs = Math.max(1, Number(args[++i]));
  else files.push(args[i]);
}

const profile = mkdtempSync(join(tmpdir(), "axe-chromium-"));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: profile,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const pages = {};
let axeVersion = null;
async function check(page, file) {
  await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: "load" });
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }),
    TAGS,
  );
  axeVersion = result.testEngine.version;
  pages[file] = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
  }));
}

try {
  const queue = [...files];
  const workers = Array.from({ length: Math.min(tabs, files.length) }, async () => {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      await check(page, file);
    }
    await page.close();
  });
  await Promise.all(workers);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
// in the order given, whatever order the tabs finished in
const ordered = Object.fromEntries(files.map((f) => [f, pages[f]]));
process.stdout.write(JSON.stringify({ axe: axeVersion, pages: ordered }) + "\n");
