// @vitest-environment node
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The layer table of architecture.md is enforced by lint: a wrong import between layers
 * must fail `npm run lint`. Each case lints a real file of a layer with one import added.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, importLine: string): Promise<string[]> {
  const code = `${importLine}\nexport const probe = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "import-x/no-restricted-paths")
    .map((message) => message.message);
}

describe("layer boundaries", () => {
  it.each([
    [
      "xjson importing api",
      "web/xjson/normalize.ts",
      'import { mgrCall as imported } from "../api/client";',
    ],
    [
      "api importing views",
      "web/api/client.ts",
      'import { PageView as imported } from "../views/page-view";',
    ],
    [
      "views importing app",
      "web/views/page-view.tsx",
      'import { createRouter as imported } from "../app/router";',
    ],
    [
      "ui importing xjson",
      "web/ui/button.tsx",
      'import { parseList as imported } from "../xjson/parse-list";',
    ],
    [
      "stores importing api",
      "web/stores/prefs-store.ts",
      'import { useSessionStore as imported } from "../api/session-store";',
    ],
    [
      "app importing mocks",
      "web/app/app.tsx",
      'import { createEmulator as imported } from "../mocks/emulator/core";',
    ],
    [
      "mocks importing api",
      "web/mocks/emulator/core.ts",
      'import { mgrCall as imported } from "../../api/client";',
    ],
  ])(
    "fails lint for %s",
    async (_name, filePath, importLine) => {
      expect(await boundaryErrors(filePath, importLine)).not.toEqual([]);
    },
    60_000,
  );

  it.each([
    [
      "views importing api",
      "web/views/page-view.tsx",
      'import { pageQuery as imported } from "../api/queries";',
    ],
    [
      "api importing xjson",
      "web/api/client.ts",
      'import { parseList as imported } from "../xjson/parse-list";',
    ],
    [
      "mocks importing xjson wire types",
      "web/mocks/emulator/core.ts",
      'import type { WireNode as imported } from "../../xjson/wire";',
    ],
  ])(
    "allows %s",
    async (_name, filePath, importLine) => {
      expect(await boundaryErrors(filePath, importLine)).toEqual([]);
    },
    60_000,
  );
});
