// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { withStaticContextTypes } from "./tree-shake-react-router";

const dist = join(import.meta.dirname, "../../node_modules/react-router/dist/development");

describe("withStaticContextTypes", () => {
  it("moves the installed React Router's one contextType into its class, moving no line", () => {
    const files = readdirSync(dist)
      .filter((file) => file.endsWith(".mjs"))
      .map((file) => readFileSync(join(dist, file), "utf8"))
      .filter((code) => code.includes(".contextType = "));
    expect(files).toHaveLength(1);
    const code = files[0] ?? "";
    const result = withStaticContextTypes(code);
    expect(result).toMatchObject({ moved: ["RenderErrorBoundary"], left: [] });
    expect(result.code.split("\n")).toHaveLength(code.split("\n").length);
    expect(result.code).toMatch(
      /^var RenderErrorBoundary = class extends [\w$.]+ \{ static contextType = RSCRouterContext;$/m,
    );
    expect(result.code).not.toContain("RenderErrorBoundary.contextType");
  });

  it("leaves a class whose context is declared below it, or that is not written as expected", () => {
    const later = [
      "var Late = class extends React.Component {",
      "};",
      "Late.contextType = LateContext;",
      "var LateContext = React.createContext(null);",
    ].join("\n");
    const declared = [
      "var Named = React.createContext(null);",
      "class Plain extends React.Component {",
      "}",
      "Plain.contextType = Named;",
    ].join("\n");
    expect(withStaticContextTypes(later)).toMatchObject({ moved: [], left: ["Late"] });
    expect(withStaticContextTypes(declared)).toMatchObject({ moved: [], left: ["Plain"] });
    expect(withStaticContextTypes(later).code).toBe(later);
  });

  it("moves a class on the first line and removes only its own assignment", () => {
    const code = [
      "var Named = React.createContext(null);",
      "var Boundary = class extends React.Component {",
      "};",
      "RenderBoundary.contextType = Named;",
      "Boundary.contextType = Named;",
    ].join("\n");
    const result = withStaticContextTypes(code);
    expect(result.moved).toEqual(["Boundary"]);
    expect(result.left).toEqual(["RenderBoundary"]);
    expect(result.code.split("\n")).toEqual([
      "var Named = React.createContext(null);",
      "var Boundary = class extends React.Component { static contextType = Named;",
      "};",
      "RenderBoundary.contextType = Named;",
      "",
    ]);
  });
});
