import { expect, openLongServerPage, test } from "./fixtures";

test("a long page keeps its column widths while it scrolls, chosen for its longest names", async ({
  page,
  emulator,
}) => {
  const grid = await openLongServerPage(page, emulator);
  // The long page's own grid (not the first rows drawn while its code loads) fixes the widths.
  await expect(grid).toHaveClass(/steady-columns/);
  const widths = () =>
    grid
      .getByRole("columnheader")
      .evaluateAll((heads) => heads.map((head) => Math.round(head.getBoundingClientRect().width)));
  const atTop = await widths();
  // The last rows have the longest names: the widths were chosen for them too.
  const scroller = page.locator(".table-scroll-virtual");
  for (const part of [0.25, 0.5, 1]) {
    await scroller.evaluate((element, share) => {
      element.scrollTop = element.scrollHeight * share;
    }, part);
    await expect.poll(widths).toEqual(atTop);
  }
  const last = grid.getByRole("row").last();
  await expect(last.getByRole("button").first()).toHaveText(/^S-R\d+-\d+-\d+$/);
  const name = last.getByRole("button").first();
  const fits = await name.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);
  expect(fits).toBe(true);
});
