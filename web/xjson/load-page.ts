import type { PageModel } from "./model";
import { pageType, parseAtHand, parsedLater, type ParsedLaterKind } from "./page-type";
import type { WireNode } from "./wire";

export { pageType } from "./page-type";

type Parser = (doc: WireNode) => PageModel;

/**
 * The parsers of forms, reports and dashboards, each fetched on first use: they bring the field
 * parsers with them, which the first list after signing in does not need (its chunk stays
 * smaller by them).
 */
const importers: Record<ParsedLaterKind, () => Promise<Parser>> = {
  form: async () => (await import("./parse-form")).parseForm,
  report: async () => (await import("./parse-report")).parseReport,
  dashboard: async () => (await import("./parse-dashboard")).parseDashboard,
};

/**
 * The code that reads a kind of page could not be loaded (a dropped connection, a deployment
 * that replaced the chunk): the page's request fails with it like any other, and its retry asks
 * for the code again.
 */
export class ParserLoadError extends Error {
  constructor(
    readonly pageKind: string,
    options?: ErrorOptions,
  ) {
    super(`The code that reads a ${pageKind} could not be loaded`, options);
    this.name = "ParserLoadError";
  }
}

const loading = new Map<ParsedLaterKind, Promise<Parser>>();

/** A parser, loaded once; one that failed to load is asked for again next time. */
function parserOf(kind: ParsedLaterKind): Promise<Parser> {
  const known = loading.get(kind);
  if (known) return known;
  const parser = importers[kind]().catch((error: unknown) => {
    loading.delete(kind);
    throw new ParserLoadError(kind, { cause: error });
  });
  loading.set(kind, parser);
  return parser;
}

/**
 * Starts loading the parser of a page kind (a menu item's `type`) when the app knows such a page
 * comes, so it loads alongside the page's data and renderer instead of after the data. Lists and
 * unknown kinds need nothing; a failure is left to `loadPage`, which asks again.
 */
export function preloadParser(kind: string | undefined): void {
  if (parsedLater(kind)) parserOf(kind).catch(() => undefined);
}

/**
 * The app's way to read a page (mgr5-protocol.md §4): the model `metadata.$type` chooses, the
 * same one `parsePage` gives, but the parser of a form, report or dashboard is loaded first if it
 * is not here yet. Lists, `ok` answers and kinds the console does not draw are read at once.
 * Rejects only with ParserLoadError, when that code cannot be loaded.
 */
export async function loadPage(doc: WireNode): Promise<PageModel> {
  const type = pageType(doc);
  if (!parsedLater(type)) return parseAtHand(doc, type);
  const parse = await parserOf(type);
  return parse(doc);
}
