import type { Cell, ColumnSpec, ConditionSpec, ToolGroupSpec } from "./list";

/** The on/off icons of a switch port or PDU outlet. */
export const portStateColumn: ColumnSpec = {
  name: "state",
  type: "prop",
  sort: "prop",
  props: [
    { name: "port_on", img: "p-on" },
    { name: "port_off", img: "p-off" },
  ],
};

/** Turn on / Turn off, each disabled where the port already is so, plus `extra` conditions. */
export function portSwitchGroup(
  onFunc: string,
  offFunc: string,
  extra: ConditionSpec[] = [],
): ToolGroupSpec {
  const button = (name: "on" | "off", func: string) => ({
    name,
    func,
    type: "group",
    img: `t-${name}`,
    conditions: [...extra, { kind: "hide" as const, name: "port_state", value: name }],
  });
  return { name: "port", buttons: [button("on", onFunc), button("off", offFunc)] };
}

/** The cells the column and the buttons read; `undefined` for a connection that cannot switch. */
export function portStateCells(on: boolean | undefined): Record<string, Cell | undefined> {
  return {
    port_on: on === true ? "" : undefined,
    port_off: on === false ? "" : undefined,
    port_state: on === undefined ? "" : on ? "on" : "off",
  };
}
