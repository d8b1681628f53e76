import { useContext } from "react";

import { LangContext } from "./lang-context";
import { statusLook } from "./status-looks";
import { Tooltip } from "./tooltip";

/** A prop's value worth showing in the pill ("45%"), not a flag such as "on". */
function shownValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > 12 || /^(on|off|yes|no)$/i.test(trimmed)) return undefined;
  return trimmed;
}

interface StatusIconProps {
  img: string;
  /** The panel's hint for this state: the accessible name and the tooltip. */
  label: string;
  /** The row's value of the prop, shown after the word when it says something (a percentage). */
  value?: string;
}

/** A status as a coloured pill with a word; the panel's hint is its name and tooltip. */
export function StatusIcon({ img, label, value }: StatusIconProps) {
  const lang = useContext(LangContext);
  const { tone, word } = statusLook(img, lang);
  const extra = shownValue(value);
  return (
    // The hint is already the pill's name: the tip shows it without saying it twice.
    <Tooltip text={label} describes={false}>
      <span className={`pill pill-${tone}`} role="img" aria-label={label}>
        {extra ? `${word} ${extra}` : word}
      </span>
    </Tooltip>
  );
}
