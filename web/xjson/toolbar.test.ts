import { describe, expect, it } from "vitest";

import type { ButtonModel, ConditionModel, RowModel } from "./model";
import { buttonState } from "./toolbar";

const button = (type: string, conditions: ConditionModel[] = []): ButtonModel => ({
  name: type,
  func: `server.${type}`,
  type,
  isDefault: false,
  noGroupEdit: false,
  caption: type,
  conditions,
});

const row = (key: string, status: string): RowModel => ({
  key,
  cells: { status: { text: status, attrs: {} } },
});

const rows = (count: number, status = "on") =>
  Array.from({ length: count }, (_, index) => row(String(index), status));

describe("toolbar buttons for a selection", () => {
  it("takes as many rows as the button's type needs", () => {
    expect(buttonState(button("edit"), [])).toBe("disabled");
    expect(buttonState(button("action"), rows(1))).toBe("enabled");
    expect(buttonState(button("action"), rows(2))).toBe("disabled");
    expect(buttonState(button("group"), rows(10_000))).toBe("enabled");
    expect(buttonState(button("new"), [])).toBe("enabled");
  });

  it("hides a button any selected row removes, whatever the selection's size", () => {
    const remove: ConditionModel = { kind: "remove", name: "status", value: "off" };
    const selected = [...rows(3), row("off", "off")];
    expect(buttonState(button("action", [remove]), selected)).toBe("hidden");
    expect(buttonState(button("group", [remove]), selected)).toBe("hidden");
    expect(buttonState(button("group", [remove]), rows(3))).toBe("enabled");
  });

  it("disables a button a row hides, or one a row does not show", () => {
    const hide: ConditionModel = { kind: "hide", name: "status", value: "off" };
    const show: ConditionModel = { kind: "show", name: "status", value: "on" };
    expect(buttonState(button("group", [hide]), [...rows(2), row("x", "off")])).toBe("disabled");
    expect(buttonState(button("group", [show]), rows(2))).toBe("enabled");
    expect(buttonState(button("group", [show]), [row("x", "off")])).toBe("disabled");
  });

  it("gives the same verdict again for the same rows after the selection changed", () => {
    const hide = button("group", [{ kind: "hide", name: "status", value: "off" }]);
    const page = [...rows(9_999), row("last", "off")];
    expect(buttonState(hide, page)).toBe("disabled");
    expect(buttonState(hide, page.slice(0, -1))).toBe("enabled");
    expect(buttonState(hide, page)).toBe("disabled");
  });
});
