import { useEffect, type ReactNode } from "react";

const reported = new Set<string>();

/** Logs an element the interface cannot draw yet, once per kind of element per tab. */
function reportUnsupported(what: string, kind: string, detail?: unknown): void {
  const key = `${what}:${kind}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`DCI Console: unsupported ${what} “${kind}” drawn as a placeholder`, detail);
}

interface UnsupportedProps {
  /** What sort of element: page, field, block, cell. */
  what: string;
  /** Its kind as the document names it. */
  kind: string;
  detail?: unknown;
  className?: string;
  children: ReactNode;
}

/** A visible placeholder for an element the interface does not know, logged once (architecture, principle 1). */
export function Unsupported({ what, kind, detail, className, children }: UnsupportedProps) {
  useEffect(() => {
    reportUnsupported(what, kind, detail);
  }, [what, kind, detail]);
  return (
    <div className={className ? `placeholder ${className}` : "placeholder"} role="note">
      {children}
    </div>
  );
}
