import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { format } from "node:util";
import { captureOwnerStack } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { pageQuery } from "../api/queries";
import { currentScope } from "../api/scope";
import { createTestQueryClient, setupMockPanel, waitFor } from "../testing";
import type { PageModel } from "../xjson/model";
import { docOf, MalformedDocumentError, parsePage } from "../xjson/parse-page";
import { preloadPageKinds } from "./page-kinds";
import { deepDocument, mulberry32, mutatedText, type Random } from "../testing/fuzz-documents";
import { ViewErrorBoundary } from "./view-error-boundary";
import { drawnPage } from "../testing/page-view";

/**
 * Issue #7, the views' half: whatever JSON a panel or a proxy sends, the parsers make a model of
 * it, and the page view must draw that model, never an error boundary or a blank page. Real
 * replies of the emulator of every page kind are mutated by the seeded generator of the parser
 * fuzz test (web/xjson/fuzz.test.ts), parsed, and drawn by PageView inside the view's error
 * boundary. A document fails when rendering throws, React logs an error (an uncaught or caught
 * render error, a duplicate key), the boundary's message shows, or nothing visible is left.
 * Dashboard blocks read a pre-filled cache (mutated lists and reports too): no request is sent.
 *
 * A failure names the seed and the document's index. To replay or to search further:
 * `VIEW_FUZZ_SEED=1 VIEW_FUZZ_DOCUMENTS=8000 npx vitest run web/views/page-view.fuzz.test.tsx`.
 */
const SEED = Number(process.env.VIEW_FUZZ_SEED ?? 0x5eed_0717);
const DOCUMENTS = Number(process.env.VIEW_FUZZ_DOCUMENTS ?? 400);

const kinds = ["list", "form", "report", "dashboard"] as const;
type Kind = (typeof kinds)[number];

const { emulator, server } = setupMockPanel({ now: () => 1_780_000_000_000 });

async function ask(params: Record<string, string>, user = "admin"): Promise<string> {
  const body = new URLSearchParams({ out: "xjson", authinfo: `${user}:${user}`, ...params });
  const response = await emulator.handle(
    new Request("http://panel.test/dcimgr", { method: "POST", body }),
    "192.0.2.10",
  );
  return response.text();
}

/** Real replies of the emulator core, by the kind of page they are. */
async function baseReplies(): Promise<Record<Kind, string[]>> {
  const firstId = async (func: string) => {
    const doc = (JSON.parse(await ask({ func })) as { doc: { elem?: unknown } }).doc;
    const elems = (Array.isArray(doc.elem) ? doc.elem : [doc.elem]) as { id?: { $?: string } }[];
    return elems[0]?.id?.$ ?? "1";
  };
  const server = await firstId("server");
  const user = await firstId("user");
  const calls: Record<Kind, [Record<string, string>, string?][]> = {
    list: [
      [{ func: "server" }],
      [{ func: "server", p_cnt: "3", p_num: "2", p_col: "-name" }],
      [{ func: "server" }, "acme"],
      [{ func: "user" }],
      [{ func: "iplist", elid: server }],
      [{ func: "server.connection", elid: server }],
      [{ func: "journal" }],
      [{ func: "switch" }],
      [{ func: "rack" }],
      [{ func: "session" }],
      [{ func: "sshpubkey" }, "acme"],
    ],
    form: [
      [{ func: "server.edit" }],
      [{ func: "server.edit", elid: server }],
      [{ func: "server.operations", elid: server }],
      [{ func: "server.filter" }],
      [{ func: "user.edit", elid: user }],
      [{ func: "user.edit", lang: "ru" }],
      [{ func: "iplist.edit", plid: server }],
    ],
    report: [
      [{ func: "traffic" }],
      [{ func: "traffic", period: "lastmonth" }],
      [{ func: "traffic", lang: "ru" }],
    ],
    dashboard: [
      [{ func: "dashboard" }],
      [{ func: "dashboard" }, "acme"],
      [{ func: "dashboard", lang: "ru" }],
    ],
  };
  const replies: Record<Kind, string[]> = { list: [], form: [], report: [], dashboard: [] };
  for (const kind of kinds)
    for (const [params, who] of calls[kind]) replies[kind].push(await ask(params, who));
  return replies;
}

/** What a fetch of the text would give the view: a model, or nothing for a non-document. */
function modelOf(text: string): PageModel | undefined {
  try {
    return parsePage(docOf(JSON.parse(text) as unknown));
  } catch (error) {
    if (error instanceof MalformedDocumentError) return undefined;
    throw error;
  }
}

interface Case {
  index: number;
  kind: Kind;
  page: PageModel;
  /** The cached answers of the dashboard blocks' pages, by func. */
  blocks: Map<string, PageModel>;
}

/** The pages dashboard blocks show: real or mutated lists, reports and forms. */
function blockPages(random: Random, page: PageModel, bases: Record<Kind, string[]>) {
  const blocks = new Map<string, PageModel>();
  if (page.kind !== "dashboard") return blocks;
  const sources = [...bases.list, ...bases.report, ...bases.form];
  for (const block of page.blocks) {
    const func = block.func ?? block.name;
    if (blocks.has(func)) continue;
    const base = random.pick(sources);
    const model = modelOf(random.next() < 0.7 ? mutatedText(random, base) : base);
    if (model) blocks.set(func, model);
  }
  return blocks;
}

/** Document `index` of the run: a mutated reply of its kind, now and then one nested 10,000 deep. */
function makeCase(random: Random, bases: Record<Kind, string[]>, index: number): Case | undefined {
  const kind = kinds[index % kinds.length] ?? "list";
  const text =
    index % 50 === 49 ? deepDocument(random) : mutatedText(random, random.pick(bases[kind]));
  const page = modelOf(text);
  return page && { index, kind, page, blocks: blockPages(random, page, bases) };
}

const crashText = "This view could not be shown";

/** What React and the views log as errors while a document is drawn, with where it happened. */
const logged: string[] = [];

function spyOnErrors() {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  return vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    // The components that rendered the culprit, innermost first: enough to find it.
    const owners = [...(captureOwnerStack() ?? "").matchAll(/at ([A-Z]\w*)/g)]
      .map((match) => match[1])
      .filter((name) => name !== "Array");
    const where = owners.length > 0 ? ` [in ${owners.slice(0, 4).join(" < ")}]` : "";
    const message = format(...args).split("\n", 1)[0] ?? "";
    logged.push(message.replace(/ Keys should be unique.*/, "").slice(0, 200) + where);
  });
}

/** Draws one page as the app does; returns what is wrong with the result, and how many charts it drew. */
function renderCase({ page, blocks }: Case): { problems: string[]; charts: number } {
  logged.length = 0;
  const client = createTestQueryClient();
  client.setDefaultOptions({
    queries: { ...client.getDefaultOptions().queries, staleTime: Infinity },
  });
  const scope = currentScope();
  for (const [func, data] of blocks) client.setQueryData(pageQuery(scope, func, {}).queryKey, data);
  const router = createMemoryRouter(
    [
      {
        path: "*",
        element: (
          <ViewErrorBoundary home="/dcimgr" document={page}>
            {drawnPage(page)}
          </ViewErrorBoundary>
        ),
      },
    ],
    { initialEntries: [`/dcimgr/${encodeURIComponent(page.func || "page")}`] },
  );
  const problems: string[] = [];
  let charts = 0;
  try {
    const { container, unmount } = render(
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    const text = container.textContent.trim();
    if (text.includes(crashText)) problems.push("the error boundary shows");
    const visible = container.querySelector(
      "table, input, select, textarea, button, [role=note], [role=alert]",
    );
    if (text === "" && !visible) problems.push("nothing visible");
    charts = container.querySelectorAll("svg[role=img]").length;
    unmount();
  } catch (error) {
    problems.push(`render threw ${String(error)}`);
  }
  for (const line of logged) problems.push(`console.error: ${line}`);
  client.clear();
  return { problems, charts };
}

describe(`page view fuzz (seed ${SEED})`, () => {
  let bases: Record<Kind, string[]> = { list: [], form: [], report: [], dashboard: [] };
  const cases: Case[] = [];
  let requests = 0;

  beforeAll(async () => {
    // Each kind of page is its own chunk; the documents are drawn without waiting.
    await preloadPageKinds();
    bases = await baseReplies();
    const random = mulberry32(SEED);
    for (let index = 0; index < DOCUMENTS; index += 1) {
      const made = makeCase(random, bases, index);
      if (made) cases.push(made);
    }
    server.events.on("request:start", () => {
      requests += 1;
    });
  });

  it("draws every unmutated base reply, charts included", async () => {
    const errors = spyOnErrors();
    for (const kind of kinds)
      for (const [at, text] of bases[kind].entries()) {
        const page = modelOf(text);
        expect(page?.kind, `${kind} base #${at}`).toBe(kind);
        if (!page) continue;
        const blocks = blockPages(mulberry32(SEED), page, bases);
        expect(renderCase({ index: at, kind, page, blocks }).problems, `${kind} #${at}`).toEqual(
          [],
        );
      }
    // The chart is loaded lazily: once it has come, later reports draw it at once.
    const page = modelOf(bases.report[0] ?? "");
    if (page?.kind !== "report") throw new Error("no report base");
    const router = createMemoryRouter([
      {
        path: "*",
        element: drawnPage(page),
      },
    ]);
    const { container } = render(
      <QueryClientProvider client={createTestQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    await waitFor(() => {
      expect(container.querySelector("svg[role=img]")).not.toBeNull();
    });
    expect(errors).not.toHaveBeenCalled();
  });

  it.each(kinds)(
    `draws mutated %s documents (seed ${SEED})`,
    (kind) => {
      spyOnErrors();
      const mine = cases.filter((item) => item.kind === kind);
      // Problems grouped by their shape (key values left out), each with the first document it hit.
      const problems = new Map<string, { first: string; count: number }>();
      let failed = 0;
      let charts = 0;
      for (const item of mine) {
        const result = renderCase(item);
        charts += result.charts;
        if (result.problems.length > 0) failed += 1;
        for (const problem of result.problems) {
          const shape = `${item.page.kind}: ${problem.replace(/`[^`]*`/g, "`…`")}`;
          const seen = problems.get(shape) ?? { first: `#${item.index} ${problem}`, count: 0 };
          problems.set(shape, { ...seen, count: seen.count + 1 });
        }
      }
      const summary = [...problems.values()].map(({ first, count }) => `${count} × ${first}`);
      expect(mine.length, `seed ${SEED}: ${kind} documents`).toBeGreaterThan(DOCUMENTS / 8);
      expect(summary, `seed ${SEED}: ${failed} of ${mine.length} ${kind} documents failed`).toEqual(
        [],
      );
      if (kind === "report") expect(charts, "mutated reports still draw charts").toBeGreaterThan(0);
      expect(requests, "no request leaves the test").toBe(0);
    },
    120_000,
  );
});
