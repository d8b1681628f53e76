import { describe, expect, it } from "vitest";

import { screen, setupMockPanel, waitFor, within } from "../../testing";
import { openSignedIn } from "../../testing/app-session";

const { server } = setupMockPanel();

/** The parameters of every request the app sent to the panel, in order. */
function recordRequests(): URLSearchParams[] {
  const sent: URLSearchParams[] = [];
  server.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    // The door posts its parameters; the address may carry some too.
    void request
      .clone()
      .text()
      .then((body) => {
        sent.push(new URLSearchParams([...url.searchParams, ...new URLSearchParams(body)]));
      });
  });
  return sent;
}

const region = (name: string) => screen.getByRole("region", { name });
/** The rows of the first table in an element: a band's own, before those of nested bands. */
const rowsOf = (element: HTMLElement) => {
  const [table] = within(element).getAllByRole("table");
  if (!table) throw new Error("no table");
  return within(table).getAllByRole("row");
};
const follows = (first: Element, second: Element) =>
  Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);

describe("a report drilled down from another", () => {
  it("opens a server's traffic from its cell, with nested bands, an empty band, totals, charts and Back", async () => {
    const { user } = await openSignedIn("/dcimgr/traffic");
    const traffic = await screen.findByRole("region", { name: "Traffic by server" });
    const host = within(within(traffic).getByRole("table")).getByRole("link", {
      name: "web1.acme.example",
    });
    expect(host).toHaveAttribute(
      "href",
      "/dcimgr/trafficdetails?elid=1&period=currentmonth&sok=ok",
    );
    await user.click(host);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Traffic of a server" }),
    ).toBeVisible();
    const days = await screen.findByRole("region", { name: "By day" });
    expect(within(days).getByRole("heading", { level: 2, name: "By day" })).toBeVisible();
    const dayRows = rowsOf(days);
    // A header, 28 days of this month and the totals: the dates counted, the volumes summed.
    expect(dayRows).toHaveLength(30);
    const totals = within(dayRows[29] ?? days).getAllByRole("cell");
    expect(totals.map((cell) => cell.textContent)).toEqual(["Total: 28", "280.0 GiB", "1.1 TiB"]);

    // The ports band sits inside the days band, a level lower; the errors band inside that.
    const ports = within(days).getByRole("region", { name: "By switch port" });
    expect(within(ports).getByRole("heading", { level: 3, name: "By switch port" })).toBeVisible();
    expect(within(ports).getByRole("link", { name: "sw-r01" })).toHaveAttribute(
      "href",
      "/dcimgr/switch.port?elid=1",
    );
    const errors = within(ports).getByRole("region", { name: "Port errors" });
    expect(within(errors).getByRole("heading", { level: 4, name: "Port errors" })).toBeVisible();
    expect(within(errors).getByText("No rows.")).toBeVisible();
    expect(within(errors).queryByRole("table")).toBeNull();

    // Every chart, each after its band's table.
    const line = await within(days).findByRole("img", { name: "By day: Received, Sent" });
    expect(follows(within(days).getAllByRole("table")[0] ?? line, line)).toBe(true);
    const protocols = region("By protocol (NetFlow)");
    const pie = await within(protocols).findByRole("img", {
      name: "By protocol (NetFlow): Received",
    });
    expect(follows(within(protocols).getByRole("table"), pie)).toBe(true);
    expect(within(protocols).getByText(/^HTTPS: .* \(62%\)$/, { selector: "li" })).toBeVisible();
    const hours = region("By hour of the day");
    expect(
      await within(hours).findByRole("img", { name: "By hour of the day: Received" }),
    ).toBeVisible();

    // The report's own Back, from its toolbar (no group), leads to the report it came from.
    const back = screen.getByRole("link", { name: "Back" });
    expect(back).toHaveAttribute("href", "/dcimgr/traffic");
    expect(back).toHaveAttribute("title", "Back to the traffic of every server");
    await user.click(back);
    expect(await screen.findByRole("region", { name: "Traffic by server" })).toBeVisible();
    expect(window.location.pathname).toBe("/dcimgr/traffic");
  });
});

describe("a report that waits for its parameters (firstrun=no)", () => {
  it("shows only the form, asks nothing built until Show, and sends the dates only for other", async () => {
    const sent = recordRequests();
    const { user } = await openSignedIn("/dcimgr/trafficdetails?elid=1&period=currentweek");
    const period = await screen.findByLabelText(/Period/);
    expect(period).toHaveValue("currentweek");
    expect(screen.getByRole("note")).toHaveTextContent(
      "Choose the parameters and press “Show” to build the report.",
    );
    // The dates are hidden by the period's conditions for every value but "other".
    expect(screen.queryByLabelText(/From/)).toBeNull();
    expect(screen.queryByLabelText(/To/)).toBeNull();
    expect(screen.queryByRole("region", { name: "By day" })).toBeNull();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByText("No rows.")).toBeNull();
    const asked = () => sent.filter((params) => params.get("func") === "trafficdetails");
    await waitFor(() => {
      expect(asked().length).toBeGreaterThan(0);
    });
    expect(asked().every((params) => !params.has("sok"))).toBe(true);

    await user.selectOptions(period, "other");
    const from = screen.getByLabelText(/From/);
    const to = screen.getByLabelText(/To/);
    await user.clear(from);
    await user.type(from, "2026-01-01");
    await user.clear(to);
    await user.type(to, "2026-01-10");
    await user.click(screen.getByRole("button", { name: "Show" }));

    const days = await screen.findByRole("region", { name: "By day" });
    expect(window.location.search).toBe(
      "?elid=1&period=other&periodstart=2026-01-01&periodend=2026-01-10&sok=ok",
    );
    const rows = rowsOf(days);
    expect(rows).toHaveLength(12);
    expect(rows[1]).toHaveTextContent("2026-01-01");
    const built = asked().filter((params) => params.get("sok") === "ok");
    expect(built.map((params) => [params.get("period"), params.get("periodstart")])).toEqual([
      ["other", "2026-01-01"],
    ]);

    // Back to a named period: the dates leave the form and the address.
    await user.selectOptions(screen.getByLabelText(/Period/), "currentday");
    expect(screen.queryByLabelText(/From/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show" }));
    await waitFor(() => {
      expect(window.location.search).toBe("?elid=1&period=currentday&sok=ok");
    });
    await waitFor(() => {
      expect(rowsOf(document.body)).toHaveLength(3);
    });
  });

  it("marks the date the panel refused, keeping the form", async () => {
    const { user } = await openSignedIn("/dcimgr/trafficdetails?elid=1&period=other");
    const from = await screen.findByLabelText(/From/);
    await user.clear(from);
    await user.type(from, "2026-01-10");
    await user.clear(screen.getByLabelText(/To/));
    await user.type(screen.getByLabelText(/To/), "2026-01-01");
    await user.click(screen.getByRole("button", { name: "Show" }));
    expect(
      await screen.findByText(
        "The end must not be before the start, nor more than 366 days after it",
      ),
    ).toBeVisible();
    expect(screen.getByLabelText(/To/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText(/To/)).toHaveValue("2026-01-01");
    expect(screen.queryByRole("region", { name: "By day" })).toBeNull();
  });
});
