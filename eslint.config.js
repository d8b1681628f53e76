// @ts-check
import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import prettier from "eslint-config-prettier";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layer table of architecture.md: each layer of web/ and what it may import.
 * Paths in `except` are relative to `from` (web/).
 */
const layerZones = [
  {
    target: "./web/xjson",
    from: "./web",
    except: ["./xjson"],
    message: "xjson/ is pure: it imports nothing else in web/.",
  },
  {
    target: "./web/api",
    from: "./web",
    except: ["./api", "./xjson"],
    message: "api/ may import only xjson/.",
  },
  {
    target: "./web/views",
    from: "./web",
    except: ["./views", "./api", "./xjson", "./ui", "./stores"],
    message: "views/ may import api/, xjson/, ui/ and stores/ only.",
  },
  {
    target: "./web/ui",
    from: "./web",
    except: ["./ui"],
    message: "ui/ holds primitives: nothing domain.",
  },
  {
    target: "./web/stores",
    from: "./web",
    except: ["./stores"],
    message: "stores/ hold UI preferences and import nothing else in web/.",
  },
  {
    target: "./web/mocks",
    from: "./web",
    except: ["./mocks", "./xjson/wire.ts"],
    message: "mocks/ may import xjson/wire.ts at most.",
  },
  { target: "./web/app", from: "./web/mocks", message: "app/ must not import mocks/." },
];

export default defineConfig([
  globalIgnores([
    "dist",
    "dist-bench",
    "dist-shots",
    ".bench",
    "node_modules",
    "public/mockServiceWorker.js",
    "test-results",
    "playwright-report",
    "coverage",
  ]),
  {
    files: ["**/*.{ts,tsx,js}"],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
    ],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // Wire strings are often empty when absent: `||` on strings is deliberate.
      "@typescript-eslint/prefer-nullish-coalescing": [
        "error",
        { ignorePrimitives: { string: true } },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-import-type-side-effects": "error",
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    extends: [
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
      pluginQuery.configs["flat/recommended"],
    ],
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    ignores: ["web/**/*.test.{ts,tsx}", "web/testing/**"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [
        createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] }),
      ],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
      "import-x/no-cycle": "error",
    },
  },
  {
    files: ["**/*.test.{ts,tsx}", "e2e/**", "web/testing/**"],
    rules: {
      "max-lines": "off",
      // Tests read wire JSON loosely on purpose: a wrong shape fails the assertion.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  prettier,
]);
