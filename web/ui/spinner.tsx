import { useEffect, useState } from "react";

interface SpinnerProps {
  label: string;
  /**
   * Says nothing for this long: a wait that ends sooner shows nothing. The status region is there
   * from the start, so a screen reader hears the words when they come.
   */
  delayMs?: number;
}

export function Spinner({ label, delayMs = 0 }: SpinnerProps) {
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (delayMs === 0) return;
    const timer = window.setTimeout(() => {
      setDue(true);
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [delayMs]);
  return (
    <div className="spinner" role="status" aria-live="polite">
      {(delayMs === 0 || due) && (
        <>
          <span className="spinner-dot" aria-hidden="true" />
          {label}
        </>
      )}
    </div>
  );
}
