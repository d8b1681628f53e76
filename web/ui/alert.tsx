import type { ReactNode } from "react";

interface AlertProps {
  tone: "error" | "info" | "warning";
  children: ReactNode;
  action?: ReactNode;
}

/** A message box; errors are announced to screen readers at once. */
export function Alert({ tone, children, action }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={tone === "error" ? "alert" : "status"}>
      <div className="alert-body">{children}</div>
      {action && <div className="alert-action no-print">{action}</div>}
    </div>
  );
}
