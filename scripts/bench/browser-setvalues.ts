/**
 * Ten keystrokes in a form field with `setvalues`: how many requests they send, and the longest
 * task meanwhile (typing must never be blocked). The emulator's settings form marks no text input
 * with `setvalues`, so the bench adds the attribute to its notification email field on the way
 * (the emulator's setvalues answer keeps what was typed): the app only reads the description.
 */
import type { Browser, Route } from "@playwright/test";

import { signIn } from "./browser";
import type { Results } from "./results";

const field = "support_email";

function markSetValues(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) markSetValues(item);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const record = node as Record<string, unknown>;
  if (record.$name === field && !("input" in record)) record.$setvalues = "yes";
  for (const value of Object.values(record)) markSetValues(value);
}

async function withSetValues(route: Route): Promise<void> {
  const params = new URLSearchParams(route.request().postData() ?? "");
  if (params.get("func") !== "dcisettings") {
    await route.continue();
    return;
  }
  const response = await route.fetch();
  const body = (await response.json()) as unknown;
  markSetValues(body);
  await route.fulfill({ response, json: body });
}

export async function setValues(browser: Browser, base: string, results: Results): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.route(`${base}/dcimgr`, withSetValues);
    await signIn(page, base);
    await page.getByRole("grid").waitFor();
    await page.getByRole("link", { name: "Global settings" }).click();
    const input = page.locator(`input[name="${field}"]`);
    await input.waitFor();
    let requests = 0;
    page.on("request", (request) => {
      if (new URLSearchParams(request.postData() ?? "").get("sv_field") === field) requests += 1;
    });
    await page.evaluate(() => {
      const bench = window as unknown as { benchTasks: number[] };
      bench.benchTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) bench.benchTasks.push(entry.duration);
      }).observe({ type: "longtask" });
    });
    await input.fill("");
    await input.pressSequentially("noc@dc.net", { delay: 60 });
    await page.waitForTimeout(1200);
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { benchTasks: number[] }).benchTasks),
    );
    const typed = await input.inputValue();
    if (typed !== "noc@dc.net") console.log(`setvalues: the field holds "${typed}" after typing`);
    results.add("browser: setvalues requests, 10 keystrokes", requests, "", 2);
    results.add("browser: longest task while typing", longest, "ms", 50);
  } finally {
    await page.close();
  }
}
