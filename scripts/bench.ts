/**
 * `npm run bench`: the speed and size targets, measured here and never in timed tests.
 * - the first screen's JavaScript and CSS (gzip) against a budget, from a fresh `vite build`;
 * - parsing a 10,000-row `xjson` server list into its model (what a click on a big page costs);
 * - the emulator answering that page, and answering small requests (its own throughput);
 * - the built app opening that page in Debian's Chromium, and how many rows it puts in the DOM.
 * Prints a table and exits 1 when a budget is missed.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { chromium } from "@playwright/test";

import { createEmulator } from "../web/mocks/emulator/core";
import { startEmulator } from "../web/mocks/emulator/main";
import { docOf } from "../web/xjson/parse-page";
import { parseList } from "../web/xjson/parse-list";

interface Result {
  name: string;
  value: number;
  unit: string;
  budget: number;
}

const results: Result[] = [];

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timeIt(runs: number, work: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function firstScreenSize(): void {
  execFileSync("npx", ["vite", "build", "--logLevel", "error"], { stdio: "inherit" });
  const html = readFileSync("dist/index.html", "utf8");
  const entries = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] ?? "",
  );
  const gzip = (file: string) =>
    gzipSync(readFileSync(join("dist", file)), { level: 9 }).length / 1024;
  const js = entries
    .filter((file) => file.endsWith(".js"))
    .reduce((sum, file) => sum + gzip(file), 0);
  const css = entries
    .filter((file) => file.endsWith(".css"))
    .reduce((sum, file) => sum + gzip(file), 0);
  const all = readdirSync("dist/assets")
    .filter((file) => file.endsWith(".js"))
    .reduce((sum, file) => sum + gzip(`assets/${file}`), 0);
  results.push({ name: "first screen JS (gzip)", value: js, unit: "KiB", budget: 150 });
  results.push({ name: "first screen CSS (gzip)", value: css, unit: "KiB", budget: 20 });
  results.push({ name: "all JS chunks (gzip)", value: all, unit: "KiB", budget: 300 });
}

async function bigList(): Promise<void> {
  const emulator = createEmulator({ extraServers: 10_000 });
  const request = () =>
    new Request("http://bench/dcimgr?authinfo=admin:admin&out=xjson&func=server&p_cnt=10000");
  const answer = await (await emulator.handle(request(), "127.0.0.1")).text();
  results.push({
    name: "10,000-row reply size",
    value: answer.length / 1024 / 1024,
    unit: "MiB",
    budget: 8,
  });
  results.push({
    name: "emulator: 10,000-row page",
    value: await timeIt(5, async () => (await emulator.handle(request(), "127.0.0.1")).text()),
    unit: "ms",
    budget: 1500,
  });
  results.push({
    name: "JSON.parse of the reply",
    value: await timeIt(10, () => JSON.parse(answer)),
    unit: "ms",
    budget: 150,
  });
  const body: unknown = JSON.parse(answer);
  results.push({
    name: "reply to list model",
    value: await timeIt(10, () => parseList(docOf(body))),
    unit: "ms",
    budget: 150,
  });
  const small = () => new Request("http://bench/dcimgr?authinfo=admin:admin&out=xjson&func=whoami");
  const perRequest = await timeIt(200, async () =>
    (await emulator.handle(small(), "127.0.0.1")).text(),
  );
  results.push({ name: "emulator: small request", value: perRequest, unit: "ms", budget: 5 });
}

/** The built app in Debian's Chromium, served by the emulator with 10,000 more servers. */
async function browserList(): Promise<void> {
  process.env.EMULATOR_SERVERS = "10000";
  const port = 1530;
  const { server } = await startEmulator({ port, host: "127.0.0.1", quiet: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/dcimgr/login`);
    await page.getByLabel("Username").fill("admin");
    await page.getByLabel("Password").fill("admin");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("table").waitFor();
    const samples: number[] = [];
    let domRows = 0;
    for (let run = 0; run < 3; run += 1) {
      await page.goto(`http://127.0.0.1:${port}/dcimgr/switch`);
      await page.getByRole("table").waitFor();
      const start = Date.now();
      await page.goto(`http://127.0.0.1:${port}/dcimgr/server?p_cnt=10000`);
      await page.locator('table[aria-rowcount="10001"] tbody tr[data-index]').first().waitFor();
      samples.push(Date.now() - start);
      domRows = await page.locator("tbody tr[data-index]").count();
    }
    results.push({
      name: "browser: open a 10,000-row page",
      value: median(samples),
      unit: "ms",
      budget: 4000,
    });
    results.push({
      name: "browser: rows in the document",
      value: domRows,
      unit: "rows",
      budget: 100,
    });
  } finally {
    await browser.close();
    server.close();
  }
}

firstScreenSize();
await bigList();
await browserList();
let missed = 0;
console.log("\nmeasure                         value        budget");
for (const result of results) {
  const over = result.value > result.budget;
  if (over) missed += 1;
  console.log(
    `${result.name.padEnd(30)} ${result.value.toFixed(2).padStart(9)} ${result.unit.padEnd(4)} ≤ ${result.budget} ${over ? "  MISSED" : ""}`,
  );
}
process.exit(missed > 0 ? 1 : 0);
