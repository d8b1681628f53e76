// @vitest-environment node
import { describe, expect, it } from "vitest";

import { toCsv } from "./csv";
import type { ColumnModel, RowModel } from "./model";

const columns: ColumnModel[] = [
  { name: "name", title: "Name", type: "data", props: [] },
  { name: "kind", title: "Kind", type: "msg", props: [] },
  { name: "status", title: "Status", type: "prop", props: [{ name: "poweron", img: "p-on" }] },
];
const row = (cells: Record<string, string>): RowModel => ({
  key: "1",
  cells: Object.fromEntries(
    Object.entries(cells).map(([name, text]) => [name, { text, attrs: {} }]),
  ),
});

describe("toCsv", () => {
  it("writes the visible columns with the words the user sees, quoted where needed", () => {
    const csv = toCsv(
      columns,
      [
        row({ name: 'web "one", main', kind: "os", poweron: "" }),
        row({ name: "=cmd()", kind: "diag" }),
      ],
      {
        msg_os: "Operating system",
        diag: "Diagnostics",
        hint_p_poweron: "Powered on",
      },
    );
    expect(csv.split("\r\n")).toEqual([
      "Name,Kind,Status",
      '"web ""one"", main",Operating system,Powered on',
      "'=cmd(),Diagnostics,",
      "",
    ]);
  });
});
