/** Glyphs for the icon names mgr5 lists use; anything unknown is a neutral dot. */
const glyphs: Record<string, { glyph: string; tone: string }> = {
  "p-on": { glyph: "●", tone: "ok" },
  "p-off": { glyph: "○", tone: "muted" },
  "p-error": { glyph: "⚠", tone: "bad" },
  "p-disabled": { glyph: "‖", tone: "muted" },
  "p-blocked": { glyph: "⊘", tone: "bad" },
  "p-hwproblem": { glyph: "⚙", tone: "warn" },
  "p-diag": { glyph: "◐", tone: "busy" },
  "p-main": { glyph: "★", tone: "ok" },
  "p-install": { glyph: "⟳", tone: "busy" },
  "p-failed": { glyph: "✖", tone: "bad" },
};

interface StatusIconProps {
  img: string;
  label: string;
}

/** A status icon with its meaning as the accessible name and tooltip. */
export function StatusIcon({ img, label }: StatusIconProps) {
  const { glyph, tone } = glyphs[img] ?? { glyph: "•", tone: "muted" };
  return (
    <span className={`status-icon status-${tone}`} role="img" aria-label={label} title={label}>
      {glyph}
    </span>
  );
}
