import { useCallback, useEffect, useState } from "react";

/** How long rows an action changed stay marked. */
const markedMs = 4000;

/** The rows an action just changed, marked for a few seconds after it succeeded. */
export function useChangedRows(): [ReadonlySet<string>, (keys: string[]) => void] {
  const [changed, setChanged] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    if (changed.size === 0) return;
    const timer = window.setTimeout(() => {
      setChanged(new Set());
    }, markedMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [changed]);
  const mark = useCallback((keys: string[]) => {
    setChanged(new Set(keys));
  }, []);
  return [changed, mark];
}
