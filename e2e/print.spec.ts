import { expect, signIn, test } from "./fixtures";

test("a printed list shows the table, what is filtered, which rows, when and by whom, and no controls", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByLabel("Owner").selectOption("globex");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Owner: globex" })).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("grid")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeHidden();
  await expect(page.getByRole("toolbar")).toBeHidden();
  await expect(page.getByRole("button", { name: "Reset filter" })).toBeHidden();
  await expect(page.getByText("Rows 1–2 / 2")).toBeVisible();
  await expect(page.getByText(/^Printed by admin · /)).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  await expect(page.getByText(/^Printed by admin · /)).toBeHidden();
});

/** The text of every page of a PDF, as a reader would copy it, spaces left out. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    // Without spaces: the PDF splits words at ligatures ("Tra ffi c") and between cells.
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join("")
        .replace(/\s+/g, ""),
    );
  }
  return pages;
}

test("a 1,000-row list prints every row, the header on every page, and no blank page", async ({
  page,
  emulator,
}) => {
  test.setTimeout(90_000);
  await emulator.reset(1000);
  const xml = await emulator.call({ func: "server", p_cnt: "1000" });
  const names = [...xml.matchAll(/<name>([^<]+)<\/name>/g)].map((match) => match[1] ?? "");
  expect(names).toHaveLength(1000);

  await signIn(page, "admin");
  await page.goto("/dcimgr/server?p_cnt=1000");
  await expect(page.getByRole("row", { name: new RegExp(names[0] ?? "") })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pages = await pdfPages(await page.pdf({ format: "A4" }));

  expect(pages.length).toBeGreaterThan(10);
  for (const [index, text] of pages.entries()) {
    // Every page repeats the column headers and holds rows: nothing blank, nothing cut.
    expect(text, `page ${String(index + 1)}`).toContain("Domainname");
    expect(text, `page ${String(index + 1)}`).toMatch(/S-R\d\d-\d\d/);
  }
  const all = pages.join(" ");
  const missing = names.filter((name) => !all.includes(name));
  expect(missing).toEqual([]);
  expect(pages.at(-1)).toContain("Rows1–1000/1010");
  expect(pages.at(-1)).toMatch(/Printedbyadmin·/);
});

test("a report prints its table first, with the period in words and the rows", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/dcimgr/traffic");
  await expect(page.getByRole("heading", { name: "Traffic", exact: true })).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  // The chart comes after the table, loaded lazily: printed once it is there.
  await expect(page.getByText("Loading…")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  const pages = await pdfPages(await page.pdf({ format: "A4" }));
  const first = pages[0] ?? "";
  expect(first).toContain("Trafficbyserver");
  expect(first).toContain("web1.acme.example");
  expect(first).toContain("Received");
  expect(pages.join("")).toContain("Period:Thismonth");
  // When it was printed, as a date a reader can file it by.
  expect(pages.at(-1)).toMatch(/Printedbyadmin·[A-Z][a-z]{2}\d{1,2},20\d\d/);
});
