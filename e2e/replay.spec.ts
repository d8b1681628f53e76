import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Locator, Page } from "@playwright/test";

import { emulatorUrl } from "../playwright.config";
import { startRecordProxy, type RecordProxy } from "../scripts/record-proxy";
import { startEmulator } from "../web/mocks/emulator/main";
import type { RecordingIndex } from "../web/mocks/emulator/recording";
import { expect, test } from "./fixtures";

/**
 * Issue #9 end to end. Record: the recording proxy of `MGR_RECORD` runs in front of the test
 * emulator, which serves the built app like a panel with this theme installed, so the console in
 * Chromium talks to the panel only through the proxy. Replay: `startEmulator({ replayDir })`,
 * what `npm run emulator -- --replay <dir>` runs (the same HTTP adapter, serving `dist/`), answers
 * from that folder alone; the same views must be drawn the same.
 */

const ports = [1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549];

/** Runs `start` on the first port of 1540–1549 that is free. */
async function onFreePort<T>(start: (port: number) => Promise<T>): Promise<T> {
  let last: unknown;
  for (const port of ports) {
    try {
      return await start(port);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
      last = error;
    }
  }
  throw last;
}

/** What someone sees on a view: its heading, the column headers, the rows, the fields. */
interface Seen {
  heading: string[];
  headers: string[];
  rows: string[];
  fields: { label: string; value: string }[];
}

const views = [
  "servers",
  "server.edit",
  "iplist",
  "server.add",
  "users",
  "traffic",
  "traffic today",
] as const;
type View = (typeof views)[number];

const dir = mkdtempSync(join(tmpdir(), "dci-e2e-recording-"));
const seen = new Map<View, Seen>();
let proxy: RecordProxy | undefined;
let replay: Awaited<ReturnType<typeof startEmulator>>["server"] | undefined;

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  await proxy?.close();
  if (replay) {
    const server = replay;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  rmSync(dir, { recursive: true, force: true });
});

const menu = (page: Page) => page.getByRole("navigation", { name: "Main menu" });

/** The view's main region: everything but the menu. */
const main = (page: Page) => page.getByRole("main");

async function fieldsOf(form: Locator, labels: RegExp[]): Promise<Seen["fields"]> {
  const fields: Seen["fields"] = [];
  for (const label of labels) {
    const field = form.getByLabel(label);
    await expect(field).toBeVisible();
    fields.push({ label: label.source, value: await field.inputValue() });
  }
  return fields;
}

/**
 * Opens each view the way an operator does, in the same order both times. `meanwhile` runs on
 * the wizard's first step before the rack is chosen (the replay tries an unrecorded one there).
 */
async function open(page: Page, view: View, meanwhile?: () => Promise<void>): Promise<void> {
  const table = page.getByRole("grid");
  switch (view) {
    case "servers":
      await menu(page).getByRole("link", { name: "Servers", exact: true }).click();
      await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
      await expect(table.getByRole("row", { name: /web1\.acme\.example/ })).toBeVisible();
      return;
    case "server.edit":
      await table.getByRole("row", { name: /web1\.acme\.example/ }).click();
      await page.getByRole("button", { name: "Edit" }).click();
      await expect(page.getByLabel(/^Domain name/)).toHaveValue("web1.acme.example");
      return;
    case "iplist":
      await page.getByRole("button", { name: "Cancel" }).click();
      await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
      await table.getByRole("row", { name: /web1\.acme\.example/ }).click();
      await page.getByRole("button", { name: "Open", exact: true }).click();
      await page.getByRole("menuitem", { name: "IP addresses" }).click();
      await expect(page.getByRole("heading", { name: "IP addresses" })).toBeVisible();
      await expect(table.getByRole("row", { name: /2001:db8:10::10/ })).toBeVisible();
      return;
    case "server.add":
      // The wizard's rack asks the panel for a suggested name (setvalues).
      await menu(page).getByRole("link", { name: "Servers", exact: true }).click();
      await page.getByRole("button", { name: "Add step by step" }).click();
      await expect(page.getByRole("heading", { name: /1 of 3/ })).toBeVisible();
      await meanwhile?.();
      await page.getByLabel(/^Rack/).selectOption("R02");
      await expect(page.getByLabel(/^Name/)).toHaveValue(/^S-R02-/);
      return;
    case "users":
      await menu(page).getByRole("link", { name: "Users", exact: true }).click();
      await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
      await expect(table.getByRole("row", { name: /acme/ }).first()).toBeVisible();
      return;
    case "traffic":
      await menu(page).getByRole("link", { name: "Traffic", exact: true }).click();
      await expect(
        page.getByRole("region", { name: "Traffic by server" }).getByRole("row").last(),
      ).toContainText("Total");
      return;
    case "traffic today":
      await page.getByLabel(/^Period/).selectOption("currentday");
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page).toHaveURL(/period=currentday/);
      await expect(page.getByLabel(/^Period/)).toHaveValue("currentday");
      await expect(
        page.getByRole("region", { name: "Traffic by server" }).getByRole("row").last(),
      ).toContainText("Total");
      return;
  }
}

/** The form fields whose labels and values are compared on each view. */
const fieldsShown: Partial<Record<View, RegExp[]>> = {
  "server.edit": [/^Name/, /^Domain name/, /^Main IP address/, /^MAC address/, /^Owner/],
  "server.add": [/^Name/, /^Server type/, /^Rack/],
  traffic: [/^Period/],
  "traffic today": [/^Period/],
};

async function look(page: Page, view: View): Promise<Seen> {
  const area = main(page);
  return {
    heading: await area.getByRole("heading").allTextContents(),
    // What is rendered: a header's print-only copy of its title is not.
    headers: await area.getByRole("columnheader").allInnerTexts(),
    rows: await area.getByRole("row").allTextContents(),
    fields: await fieldsOf(area, fieldsShown[view] ?? []),
  };
}

/** The same view, drawn the same: web-first, so a replay still loading is waited for. */
async function expectSame(page: Page, view: View, before: Seen): Promise<void> {
  expect(before.heading.length, view).toBeGreaterThan(0);
  const area = main(page);
  await expect(area.getByRole("heading")).toHaveText(before.heading);
  await expect(area.getByRole("columnheader")).toHaveText(before.headers, { useInnerText: true });
  await expect(area.getByRole("row")).toHaveText(before.rows);
  for (const { label, value } of before.fields)
    await expect(area.getByLabel(new RegExp(label))).toHaveValue(value);
}

async function logIn(page: Page, origin: string, password: string): Promise<void> {
  await page.goto(`${origin}/dcimgr`);
  await page.getByLabel("Username").fill("admin");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(menu(page)).toBeVisible();
}

test("record: the console driven through the recording proxy", async ({ page }) => {
  proxy = await onFreePort((port) => startRecordProxy({ target: emulatorUrl, dir, port }));
  await logIn(page, proxy.url, "admin");
  for (const view of views) {
    await open(page, view);
    seen.set(view, await look(page, view));
  }
  expect(seen.get("servers")?.headers).toContain("Domain name");

  // One file per panel reply, the sign-in first (the app's own page is not kept), secrets out.
  const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as RecordingIndex;
  const funcs = index.entries.map((entry) => entry.func);
  expect(funcs[0]).toBe("auth");
  expect(funcs).toEqual(
    expect.arrayContaining(["desktop", "server", "server.edit", "iplist", "user", "traffic"]),
  );
  expect(index.entries.filter((entry) => entry.params.sv_field === "rack")).toHaveLength(1);
  expect(index.entries[0]?.params.password).toBe("SCRUBBED");
  // The console keeps its session id in sessionStorage (web/api/session-store.ts).
  const stored = await page.evaluate(() => sessionStorage.getItem("dci-console.session"));
  const id = (JSON.parse(stored ?? "{}") as { state?: { sessionId?: string } }).state?.sessionId;
  expect(id, stored ?? "").toMatch(/\w{8,}/);
  for (const entry of index.entries)
    expect(readFileSync(join(dir, entry.file), "utf8"), entry.file).not.toContain(id);
});

test("replay: the same views, drawn the same, from the recording alone", async ({ page }) => {
  const started = await onFreePort((port) =>
    startEmulator({ port, host: "127.0.0.1", quiet: true, replayDir: dir }),
  );
  replay = started.server;
  const origin = `http://127.0.0.1:${(replay.address() as AddressInfo).port}`;
  await logIn(page, origin, "any password");
  for (const view of views) {
    await open(page, view, unrecordedRack(page));
    await expectSame(page, view, seen.get(view) ?? fail(view));
  }
  // A view is a link: reloaded, it is drawn again from the recording, still signed in.
  await page.reload();
  await expectSame(page, "traffic today", seen.get("traffic today") ?? fail("traffic today"));
  await expect(menu(page)).toBeVisible();

  // Never recorded: the panel's error, shown the way the console shows errors, in the frame.
  await menu(page).getByRole("link", { name: "Switches", exact: true }).click();
  const error = main(page).getByRole("alert");
  await expect(error).toContainText("Unknown function 'switch'");
  await expect(error.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(menu(page)).toBeVisible();
});

/**
 * A rack never chosen while recording: its setvalues is refused as never recorded, so the form
 * stays as the operator has it (not reset by the reply recorded for another rack).
 */
function unrecordedRack(page: Page) {
  return async () => {
    const asked = page.waitForResponse(
      (response) =>
        response.request().postData()?.includes("sv_field=rack") === true &&
        response.request().postData()?.includes("rack=R01") === true,
    );
    await page.getByLabel(/^Rack/).selectOption("R01");
    expect(await (await asked).text()).toContain('"$type":"missed"');
    await expect(page.getByLabel(/^Rack/)).toHaveValue("R01");
    await expect(page.getByLabel(/^Name/)).toHaveValue("");
  };
}

function fail(view: string): never {
  throw new Error(`${view} was not recorded`);
}
