import { useQuery } from "@tanstack/react-query";

import { pageQuery } from "../../api/queries";
import { useScope } from "../../api/scope";
import { viewParams } from "../../api/view-guard";
import { lookup } from "../../xjson/dict";
import type { FieldModel, ReportModel } from "../../xjson/model";
import { conditionState } from "../../xjson/parse-form";

/**
 * The built report when the page's own reply is not one. An address never makes a function act,
 * so the page is asked without `sok`, and a report that waits for its parameters
 * (`firstrun="no"`, §7.1) answers that with its form alone. When the address says it was asked
 * to build (`sok=ok`: "Show" was pressed, or a drill-down link asked for it), the same function,
 * which has just answered as a report, is asked again with `sok=ok`. For a report that only
 * builds it: nothing acts. A reply that is built already is used as it is, with no second call.
 */
export function useBuiltReport(report: ReportModel, func: string, search: URLSearchParams) {
  const scope = useScope();
  const asked = search.get("sok") === "ok";
  const needed = asked && !report.built;
  const params = { ...viewParams(Object.fromEntries(search)), sok: "ok" };
  const query = useQuery({ ...pageQuery(scope, func, params), enabled: needed });
  return { needed, query };
}

/**
 * The address of a report asked to build with these values: the address it was opened with
 * (elid and the like stay), each shown field's value, hidden fields left out, and `sok=ok`.
 */
export function reportSearch(
  current: URLSearchParams,
  fields: FieldModel[],
  values: Record<string, string>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  const { hidden } = conditionState(fields, values);
  for (const field of fields) {
    const value = lookup(values, field.name);
    if (hidden.has(field.name)) next.delete(field.name);
    else if (value !== undefined) next.set(field.name, value);
  }
  next.set("sok", "ok");
  return next;
}
