import { useState } from "react";

import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import type { ColumnModel } from "../../xjson/model";
import { uniqueKeys } from "../keys";

interface ColumnChooserProps {
  columns: ColumnModel[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
}

/** Which columns to show; the choice is remembered per list. At least one stays visible. */
export function ColumnChooser({ columns, hidden, onChange }: ColumnChooserProps) {
  const t = useText();
  const [open, setOpen] = useState(false);
  const visibleCount = columns.filter((column) => !hidden.includes(column.name)).length;
  const keys = uniqueKeys(columns, (column) => column.name);
  return (
    <div className="column-chooser no-print">
      <Button
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {t("columns")}
      </Button>
      {open && (
        <fieldset className="column-chooser-panel">
          <legend>{t("showColumns")}</legend>
          {columns.map((column, index) => {
            const shown = !hidden.includes(column.name);
            return (
              <label key={keys[index]}>
                <input
                  type="checkbox"
                  checked={shown}
                  disabled={shown && visibleCount === 1}
                  onChange={() => {
                    onChange(
                      shown
                        ? [...hidden, column.name]
                        : hidden.filter((name) => name !== column.name),
                    );
                  }}
                />
                {column.title}
              </label>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
