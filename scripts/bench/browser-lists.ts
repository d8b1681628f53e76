/**
 * A 10,000-row page of 100,000 servers in Chromium: selection after "select all", keyboard range
 * selection, and scrolling from top to bottom watched by a PerformanceObserver for long tasks.
 */
import type { Browser, Page } from "@playwright/test";

import { median, type Results } from "./results";
import { signIn } from "./browser";

/** Milliseconds from a DOM event until React has committed its update (the next macrotask). */
async function timed(page: Page, act: "all" | "toggle" | "range", index: number): Promise<number> {
  return page.evaluate(
    async ({ act, index }) => {
      const row = document.querySelector<HTMLElement>(`tbody tr[data-index="${index}"]`);
      const start = performance.now();
      if (act === "all") document.querySelector<HTMLInputElement>("thead input")?.click();
      else if (act === "toggle") row?.querySelector<HTMLInputElement>("input")?.click();
      else
        row?.dispatchEvent(
          new KeyboardEvent("keydown", { key: "ArrowDown", shiftKey: true, bubbles: true }),
        );
      await new Promise((resolve) => setTimeout(resolve, 0));
      return performance.now() - start;
    },
    { act, index },
  );
}

/**
 * Toggling single rows after "select all", then Shift+↓ in the middle of the page with the anchor
 * on the first row: each step selects a range of about 5,000 rows.
 */
async function selection(page: Page, results: Results): Promise<void> {
  await page.locator('tbody tr[data-index="0"]').click();
  results.add("browser: select all of 10,000 rows", await timed(page, "all", 0), "ms");
  const toggles: number[] = [];
  for (let index = 1; index <= 7; index += 1) toggles.push(await timed(page, "toggle", index));
  results.add("browser: toggle a row after select-all", median(toggles), "ms", 16);
  await page.evaluate(async () => {
    const box = document.querySelector<HTMLElement>(".table-scroll-virtual");
    if (box) box.scrollTop = 5000 * 33;
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  const first = Number(
    await page.locator("tbody tr[data-index]").nth(5).getAttribute("data-index"),
  );
  const ranges: number[] = [];
  for (let step = 0; step < 7; step += 1) ranges.push(await timed(page, "range", first + step));
  const selected = await page.locator('tbody tr[aria-selected="true"]').count();
  if (selected < 5) console.log(`range selection: only ${selected} rows in view are selected`);
  results.add("browser: Shift+↓ over ~5,000 rows", median(ranges), "ms", 16);
}

async function scroll(page: Page, results: Results): Promise<void> {
  const outcome = await page.evaluate(async () => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: "longtask" });
    const box = document.querySelector<HTMLElement>(".table-scroll-virtual");
    let rows = 0;
    while (box && box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
      box.scrollTop += 1500;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      rows = Math.max(rows, document.querySelectorAll("tbody tr").length);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    const last = document.querySelector("tbody tr[data-index]:last-of-type");
    return {
      tasks: tasks.filter((duration) => duration > 50),
      rows,
      bottom: last?.getAttribute("data-index") ?? "",
    };
  });
  results.add("browser: long tasks >50 ms scrolling 10,000 rows", outcome.tasks.length, "", 0);
  results.add("browser: longest task while scrolling", Math.max(0, ...outcome.tasks), "ms", 50);
  results.add("browser: rows in the document (max)", outcome.rows, "rows", 100);
  if (outcome.bottom !== "9999") console.log(`scroll ended at row ${outcome.bottom}, not 9999`);
}

/** Opens the page and waits for the virtual table (its code loads on the first long page). */
async function openLongPage(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/dcimgr/server?p_cnt=10000`);
  await page.waitForFunction(
    () => (document.querySelector(".table-scroll-virtual")?.scrollHeight ?? 0) > 300_000,
  );
}

/** Against an emulator with 100,000 more servers. */
export async function bigLists(browser: Browser, base: string, results: Results): Promise<void> {
  const page = await browser.newPage();
  try {
    await signIn(page, base);
    await page.getByRole("grid").waitFor();
    const start = Date.now();
    await openLongPage(page, base);
    results.add("browser: open a 10,000-row page of 100k", Date.now() - start, "ms", 4000);
    await selection(page, results);
    await openLongPage(page, base);
    await scroll(page, results);
  } finally {
    await page.close();
  }
}
