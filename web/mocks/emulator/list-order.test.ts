// @vitest-environment node
import { describe, expect, it } from "vitest";

import { createEmulator, type Emulator } from "./core";
import { collator, sortedOrder, type SortKind } from "./documents/list-sort";

/**
 * Sorting, filtering and paging answer what the plain way would: every row's cells, a stable
 * sort by `direction * collator.compare` (numbers for `digit`, the count of props for `prop`),
 * then the page. The emulator takes shortcuts (only the sorted column read, a radix sort of
 * packed keys); these tests hold them to the plain way.
 */

type Row = Record<string, { $?: string } | undefined>;
type Doc = Record<string, any>;

function referenceOrder(texts: string[], kind: SortKind, direction: 1 | -1): number[] {
  const order = texts.map((_, index) => index);
  const number = (text: string) => Number.parseFloat(text) || 0;
  return order.sort((a, b) => {
    const [left, right] = [texts[a] ?? "", texts[b] ?? ""];
    return (
      direction * (kind === "digit" ? number(left) - number(right) : collator.compare(left, right))
    );
  });
}

/** A deterministic pseudo-random source (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function texts(count: number, alphabet: string, seed: number, maxLength = 8): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * (maxLength + 1));
    let text = "";
    for (let at = 0; at < length; at += 1)
      text += alphabet.charAt(Math.floor(next() * alphabet.length));
    return text;
  });
}

let printable = "";
for (let code = 0x20; code < 0x7f; code += 1) printable += String.fromCharCode(code);

describe("sortedOrder", () => {
  const cases: [string, string[]][] = [
    ["every printable character", texts(3000, printable, 1)],
    ["letters, digits and a few marks (many ties)", texts(3000, "aAbB0019 -_.", 2, 6)],
    ["numbers with leading zeros", texts(2000, "0001239", 3, 5)],
    ["server-like names", texts(2000, "S-R0123456789", 4, 12)],
    ["long digit runs", texts(500, "0123456789", 5, 90)],
    ["text beyond ASCII (the collator's own path)", texts(1000, "aäAÄ1 ёЁ-", 6)],
    ["empty and blank", ["", " ", "", "  ", "a", ""]],
    // Long enough for the radix passes (16,384 rows and more).
    ["20,000 printable texts", texts(20_000, printable, 8, 10)],
    ["20,000 server-like names", texts(20_000, "S-R0123456789", 9, 14)],
  ];
  for (const [name, values] of cases)
    for (const direction of [1, -1] as const)
      it(`orders ${name} as the collator does, ${direction > 0 ? "ascending" : "descending"}`, () => {
        expect(Array.from(sortedOrder(values, "alpha", direction))).toEqual(
          referenceOrder(values, "alpha", direction),
        );
      });

  it("orders a window's positions exactly, whatever the others", () => {
    for (const [name, values] of cases.slice(-2))
      for (const direction of [1, -1] as const) {
        const expected = referenceOrder(values, "alpha", direction);
        for (const [from, to] of [
          [0, 1],
          [0, 10_000],
          [4321, 4400],
          [19_990, 20_000],
        ] as const) {
          const order = Array.from(sortedOrder(values, "alpha", direction, { from, to }));
          expect(order.slice(from, to), `${name} ${direction} ${from}-${to}`).toEqual(
            expected.slice(from, to),
          );
        }
      }
  });

  it("orders digit columns by number, ties and non-numbers in row order", () => {
    const values = texts(2000, "0123456789.-e x", 7, 5);
    for (const direction of [1, -1] as const)
      expect(Array.from(sortedOrder(values, "digit", direction))).toEqual(
        referenceOrder(values, "digit", direction),
      );
  });
});

async function json(emulator: Emulator, query: string): Promise<Doc> {
  const response = await emulator.handle(
    new Request(`http://panel.test/dcimgr?out=json&${query}`),
    "192.0.2.10",
  );
  return ((await response.json()) as { doc: Doc }).doc;
}

function rowsOf(doc: Doc): Row[] {
  const elem = doc.elem as Row[] | Row | undefined;
  return elem === undefined ? [] : Array.isArray(elem) ? elem : [elem];
}

interface Column {
  $name: string;
  $sort?: string;
  prop?: { $name: string }[];
  xprop?: { $name: string }[];
}

/** The rows as the plain way sorts them by a column. */
function referenceSort(rows: Row[], column: Column, direction: 1 | -1): Row[] {
  const props = [...(column.prop ?? []), ...(column.xprop ?? [])].map((prop) => prop.$name);
  const textOf = (row: Row) =>
    column.$sort === "prop"
      ? String(props.filter((name) => row[name] !== undefined).length)
      : (row[column.$name]?.$ ?? "");
  const kind = column.$sort === "alpha" ? "alpha" : "digit";
  return referenceOrder(rows.map(textOf), kind, direction).flatMap((index) => {
    const row = rows[index];
    return row ? [row] : [];
  });
}

/** Every sortable column of a list, both ways, on a middle page and whole. */
async function expectSortsLikeReference(emulator: Emulator, auth: string, func: string) {
  const whole = await json(emulator, `${auth}&func=${func}&p_cnt=10000`);
  const rows = rowsOf(whole);
  const columns = (whole.metadata.coldata.col as Column[]).filter((col) => col.$sort);
  expect(columns.length).toBeGreaterThan(0);
  for (const column of columns)
    for (const direction of [1, -1] as const) {
      const sort = `p_col=${direction > 0 ? "%2B" : "-"}${column.$name}`;
      const expected = referenceSort(rows, column, direction);
      const sorted = await json(emulator, `${auth}&func=${func}&${sort}&p_cnt=10000`);
      expect(rowsOf(sorted), `${func} ${sort}`).toEqual(expected);
      // Page 3 of 7 rows, or the last page of a shorter list.
      const last = Math.min(3, Math.max(1, Math.ceil(expected.length / 7)));
      const page = await json(emulator, `${auth}&func=${func}&${sort}&p_cnt=7&p_num=3`);
      expect(page.p_num.$).toBe(String(last));
      expect(rowsOf(page), `${func} ${sort} page ${last}`).toEqual(
        expected.slice((last - 1) * 7, last * 7),
      );
    }
}

describe("list order against the plain way", () => {
  const emulator = createEmulator({ extraServers: 300 });
  const operator = "authinfo=admin:admin";
  for (const func of ["server", "user", "iplist&elid=1", "sshpubkey", "ticket", "rack", "session"])
    it(`sorts ${func} for the operator by every column, both ways`, async () => {
      await expectSortsLikeReference(emulator, operator, func);
    });

  it("sorts a customer's servers by the columns a customer has", async () => {
    await expectSortsLikeReference(emulator, "authinfo=acme:acme", "server");
  });

  it("filters, then sorts and pages only what the filter shows", async () => {
    const auth = await json(emulator, "func=auth&username=admin&password=admin");
    const session = `auth=${auth.auth.$id as string}`;
    const all = rowsOf(await json(emulator, `${session}&func=server&p_cnt=10000`));
    await json(emulator, `${session}&func=server.filter&sok=ok&name=r1&status=poweron`);
    const shown = all.filter(
      (row) => row.name?.$?.toLowerCase().includes("r1") && row.poweron !== undefined,
    );
    expect(shown.length).toBeGreaterThan(20);
    const metadata = (await json(emulator, `${session}&func=server&p_cnt=1`)).metadata;
    const rack = (metadata.coldata.col as Column[]).find((col) => col.$name === "rack");
    expect(rack?.$sort).toBe("alpha");
    const expected = referenceSort(shown, rack ?? { $name: "rack" }, -1);
    const page = await json(emulator, `${session}&func=server&p_col=-rack&p_cnt=10&p_num=2`);
    expect(rowsOf(page)).toEqual(expected.slice(10, 20));
    expect(page.p_elems.$).toBe(String(shown.length));
  });
});
