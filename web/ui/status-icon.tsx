import { useContext, type CSSProperties } from "react";

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

/** "45%" as 45, within 0–100; anything else is not a progress. */
function percentOf(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^(\d{1,3}(?:\.\d+)?)\s*%$/.exec(value);
  const percent = match ? Number(match[1]) : NaN;
  return percent >= 0 && percent <= 100 ? percent : undefined;
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
  const percent = percentOf(extra);
  return (
    // The hint is already the pill's name: the tip shows it without saying it twice.
    <Tooltip text={label} describes={false}>
      <span
        className={`pill pill-${tone}${percent === undefined ? "" : " pill-progress"}`}
        // A percentage fills the pill like a progress bar; the words say it too (and in print).
        style={
          percent === undefined ? undefined : ({ "--done": `${String(percent)}%` } as CSSProperties)
        }
        role="img"
        aria-label={label}
      >
        {extra ? `${word} ${extra}` : word}
      </span>
    </Tooltip>
  );
}
