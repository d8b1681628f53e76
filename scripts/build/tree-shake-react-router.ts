import type { Plugin } from "vite";

/** What `withStaticContextTypes` did: the classes it changed and those it had to leave. */
export interface ContextTypeMoves {
  code: string;
  moved: string[];
  left: string[];
}

/**
 * `Boundary.contextType = Context;` after a class keeps the class (and what its render reaches:
 * the data router's error and redirect handling, about 1 KiB gzip) in every build. The same
 * assignment as a static field, on the class's first line, lets an unused class go. A class is
 * left as it is unless it is `var Name = class extends …` and its context is declared above it
 * (a static field reads it when the class is made, the assignment only after).
 */
export function withStaticContextTypes(code: string): ContextTypeMoves {
  let result = code;
  const moved: string[] = [];
  const left: string[] = [];
  const escape = (name: string) => name.replace(/\$/g, "\\$");
  for (const [, name = "", context = ""] of code.matchAll(
    /^([\w$]+)\.contextType = ([\w$]+);$/gm,
  )) {
    const head = new RegExp(`^var ${escape(name)} = class extends [\\w$.]+ \\{$`, "m").exec(result);
    const declared = new RegExp(`^var ${escape(context)} = `, "m").exec(result);
    if (!head || !declared || declared.index > head.index) {
      left.push(name);
      continue;
    }
    const end = head.index + head[0].length;
    result = `${result.slice(0, end)} static contextType = ${context};${result.slice(end)}`;
    result = result.replace(
      new RegExp(`^${escape(name)}\\.contextType = ${escape(context)};$`, "m"),
      "",
    );
    moved.push(name);
  }
  return { code: result, moved, left };
}

/**
 * React Router's module names its components and contexts at the top level
 * (`Form.displayName = "Form"`) and builds them with calls the bundler cannot know to be pure
 * (`React10.forwardRef(...)`), so every one of them stays in the build, used or not: `<Form>`
 * with `useSubmit` and `useFormAction` behind it (about 1.3 KiB gzip). This marks those calls
 * pure, drops the names (only React DevTools reads them) and makes `contextType` assignments
 * static fields, so what the app never uses is left out. The code that is kept is unchanged, and
 * no line moves (a dropped line is left empty), so the source map stays the file's.
 */
export function treeShakeReactRouter(): Plugin {
  return {
    name: "dci-console:tree-shake-react-router",
    apply: "build",
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]react-router[\\/]dist[\\/].*\.mjs$/.test(id)) return null;
      const shaken = code
        .replace(
          /^(var [\w$]+ = )(React\d*\.(?:forwardRef|createContext|memo)\()/gm,
          "$1/* @__PURE__ */ $2",
        )
        .replace(/^[\w$]+\.displayName = "[^"\n]*";$/gm, "");
      const { code: result, left } = withStaticContextTypes(shaken);
      for (const name of left)
        this.warn(`${name}.contextType was left as it is: the class stays in the build`);
      return { code: result, map: null };
    },
  };
}
