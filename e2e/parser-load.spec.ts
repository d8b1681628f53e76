import type { Page } from "@playwright/test";

import { expect, failChunk, signIn, test } from "./fixtures";

/**
 * The parsers of forms, reports and dashboards are chunks of their own (`loadPage`), not part of
 * the first list: a page of those kinds fetches its parser when it comes, or with its data when
 * the menu says what comes.
 */

test("a page whose parser cannot load says so and offers to try again, which asks for the code again", async ({
  page,
}) => {
  const parserCode = await failChunk(page, "parse-form");
  await signIn(page, "admin");
  await page.goto("/dcimgr/sshpubkey.edit");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This page could not be loaded.");
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  expect(parserCode.asked()).toBeGreaterThan(0);

  await parserCode.restore();
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByLabel(/Public key/)).toBeVisible();
});

/**
 * Holds the panel's reply to `func` until a chunk matching `chunk` was asked for (or five seconds
 * have passed); resolves to whether the chunk was asked for before the reply went.
 */
async function chunkBeforeReply(page: Page, func: string, chunk: RegExp) {
  let chunkAsked = false;
  page.on("request", (request) => {
    if (chunk.test(request.url())) chunkAsked = true;
  });
  let before: boolean | undefined;
  await page.route("**/dcimgr", async (route) => {
    if (!new URLSearchParams(route.request().postData() ?? "").has("func", func))
      return route.fallback();
    for (let waited = 0; !chunkAsked && waited < 5000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    before ??= chunkAsked;
    return route.fallback();
  });
  return () => before;
}

test("a report opened from the menu fetches its parser while its data is on the way", async ({
  page,
}) => {
  await signIn(page, "admin");
  const parserBeforeData = await chunkBeforeReply(
    page,
    "traffic",
    /\/assets\/parse-report-[\w-]+\.js$/,
  );
  const menu = page.getByRole("navigation", { name: "Main menu" });
  await menu.getByRole("link", { name: "Traffic", exact: true }).click();
  await expect(page.getByRole("region", { name: "Traffic by server" })).toBeVisible();
  expect(parserBeforeData()).toBe(true);
});

test("a form opened from a list's toolbar fetches its parser while its data is on the way", async ({
  page,
}) => {
  await signIn(page, "admin");
  await expect(page.getByRole("grid")).toBeVisible();
  const parserBeforeData = await chunkBeforeReply(
    page,
    "server.edit",
    /\/assets\/parse-form-[\w-]+\.js$/,
  );
  await page.getByRole("checkbox", { name: /S-R01-01/ }).check();
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /S-R01-01/ })).toBeVisible();
  expect(parserBeforeData()).toBe(true);
});
