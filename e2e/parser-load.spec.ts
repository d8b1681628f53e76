import { expect, signIn, test } from "./fixtures";

/**
 * The parsers of forms, reports and dashboards are chunks of their own (`loadPage`), not part of
 * the first list: a page of those kinds fetches its parser when it comes, or with its data when
 * the menu says what comes.
 */

test("a page whose parser cannot load says so and offers to try again, which asks for the code again", async ({
  page,
}) => {
  let asked = 0;
  await page.route("**/assets/parse-form-*.js", (route) => {
    asked += 1;
    return route.abort();
  });
  await signIn(page, "admin");
  await page.goto("/dcimgr/sshpubkey.edit");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This page could not be loaded.");
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  expect(asked).toBeGreaterThan(0);

  await page.unroute("**/assets/parse-form-*.js");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByLabel(/Public key/)).toBeVisible();
});

test("a report opened from the menu fetches its parser while its data is on the way", async ({
  page,
}) => {
  await signIn(page, "admin");
  let parserAsked = false;
  page.on("request", (request) => {
    if (/\/assets\/parse-report-[\w-]+\.js$/.test(request.url())) parserAsked = true;
  });
  let parserBeforeData: boolean | undefined;
  // The report's reply is held until its parser was asked for (or five seconds have passed).
  await page.route("**/dcimgr", async (route) => {
    if (!new URLSearchParams(route.request().postData() ?? "").has("func", "traffic"))
      return route.fallback();
    for (let waited = 0; !parserAsked && waited < 5000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    parserBeforeData ??= parserAsked;
    return route.fallback();
  });
  const menu = page.getByRole("navigation", { name: "Main menu" });
  await menu.getByRole("link", { name: "Traffic", exact: true }).click();
  await expect(page.getByRole("region", { name: "Traffic by server" })).toBeVisible();
  expect(parserBeforeData).toBe(true);
});
