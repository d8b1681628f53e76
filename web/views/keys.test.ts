// @vitest-environment node
import { describe, expect, it } from "vitest";

import { uniqueKeys } from "./keys";

describe("uniqueKeys", () => {
  const keys = (names: string[]) => uniqueKeys(names, (name) => name);

  it("keeps distinct names as they are", () => {
    expect(keys(["name", "ip", "", "__proto__", "constructor"])).toEqual([
      "name",
      "ip",
      "",
      "__proto__",
      "constructor",
    ]);
  });

  it("makes repeated names unique, even against names that look like the suffixed ones", () => {
    const result = keys(["a", "a", "a~1", "a", "", "", "a~2"]);
    expect(new Set(result).size).toBe(result.length);
    expect(result.slice(0, 2)).toEqual(["a", "a~1"]);
  });
});
