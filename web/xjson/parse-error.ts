import type { ErrorModel } from "./model";
import { attr, child, nodes, text } from "./normalize";
import type { WireNode } from "./wire";

/** `doc.error` as a model (mgr5-protocol.md §8.2), or undefined when the reply is no error. */
export function parseError(doc: WireNode): ErrorModel | undefined {
  const error = child(doc, "error");
  if (!error) return undefined;
  const params = nodes(error.param);
  const value =
    attr(error, "value") ?? text(params.find((param) => attr(param, "name") === "value")) ?? "";
  const type = attr(error, "type") ?? "error";
  const object = attr(error, "object") ?? "";
  return {
    type,
    object,
    value,
    message: text(error.msg) || [type, object].filter(Boolean).join(": "),
  };
}
