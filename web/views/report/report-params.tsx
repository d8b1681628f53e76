import type { SyntheticEvent } from "react";

import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import { lookup } from "../../xjson/dict";
import type { FieldModel, Messages } from "../../xjson/model";
import { conditionState } from "../../xjson/parse-form";
import { FormField } from "../form/form-field";
import { uniqueKeys } from "../keys";

interface ReportParamsProps {
  fields: FieldModel[];
  messages: Messages;
  values: Record<string, string>;
  /** The panel's complaint about one of the fields (a `value` error naming it), if any. */
  errors: Record<string, string>;
  onChange: (name: string, value: string) => void;
  onShow: () => void;
}

/**
 * A report's parameter form (§7.1). Its conditions apply as the values change, as in any form
 * (§6.5): a field they hide is neither drawn nor sent (the period's dates only for "other").
 */
export function ReportParams({
  fields,
  messages,
  values,
  errors,
  onChange,
  onShow,
}: ReportParamsProps) {
  const t = useText();
  const keys = uniqueKeys(fields, (field) => field.name);
  const { hidden, shadowed } = conditionState(fields, values);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onShow();
  };
  return (
    <form className="report-params no-print" onSubmit={submit}>
      {fields.map((field, index) =>
        hidden.has(field.name) ? null : (
          <FormField
            key={keys[index]}
            field={field}
            value={lookup(values, field.name) ?? ""}
            error={lookup(errors, field.name)}
            values={values}
            shadowed={shadowed.has(field.name)}
            files={[]}
            onChange={(value) => {
              onChange(field.name, value);
            }}
            onFiles={() => undefined}
            onBlur={() => undefined}
          />
        ),
      )}
      <Button type="submit" variant="primary">
        {messages.msg_ok ?? t("show")}
      </Button>
    </form>
  );
}
