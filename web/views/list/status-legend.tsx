import { useContext } from "react";

import { LangContext, useText } from "../../ui/lang-context";
import { statusLook } from "../../ui/status-looks";
import { lookup } from "../../xjson/dict";
import type { ColumnModel, Messages } from "../../xjson/model";

/**
 * What each status pill of the list's status columns means: its word and the panel's hint, from
 * the column description, so it is the same whichever rows are on the page.
 */
export function StatusLegend({
  columns,
  messages,
}: {
  columns: ColumnModel[];
  messages: Messages;
}) {
  const t = useText();
  const lang = useContext(LangContext);
  const entries = new Map<string, { word: string; tone: string; hint: string }>();
  for (const column of columns)
    for (const prop of column.type === "prop" ? column.props : []) {
      const { word, tone } = statusLook(prop.img, lang);
      const hint =
        (prop.value !== undefined
          ? lookup(messages, `hint_p_${prop.name}_${prop.value}`)
          : undefined) ??
        lookup(messages, `hint_p_${prop.name}`) ??
        prop.name;
      const key = `${prop.img}|${hint}`;
      if (!entries.has(key))
        entries.set(key, { word, tone, hint: hint.replace(/:?\s*_value_/g, "") });
    }
  if (entries.size === 0) return null;
  return (
    <details className="status-legend no-print">
      <summary>{t("statusLegend")}</summary>
      <dl>
        {[...entries].map(([key, entry]) => (
          <div key={key}>
            <dt>
              <span className={`pill pill-${entry.tone}`}>{entry.word}</span>
            </dt>
            <dd>{entry.hint}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
