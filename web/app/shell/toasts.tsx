import { useEffect, useState } from "react";

import { useToastStore, type Toast } from "../../stores/toast-store";
import { useText } from "../../ui/lang-context";

/** How long a notice stays, unless the pointer or focus rests on it. */
const lifetimeMs = 6000;

function ToastItem({ toast }: { toast: Toast }) {
  const t = useText();
  const dismiss = useToastStore((state) => state.dismiss);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(() => {
      dismiss(toast.id);
    }, lifetimeMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [dismiss, toast.id, held]);
  const hold = () => {
    setHeld(true);
  };
  const release = () => {
    setHeld(false);
  };
  return (
    <li
      className={`toast toast-${toast.tone}`}
      onMouseEnter={hold}
      onMouseLeave={release}
      onFocus={hold}
      onBlur={release}
    >
      <span>{toast.text}</span>
      <button
        type="button"
        className="btn btn-quiet toast-close"
        aria-label={t("dismiss")}
        onClick={() => {
          dismiss(toast.id);
        }}
      >
        ×
      </button>
    </li>
  );
}

/** The notices of finished actions, announced politely, newest last. */
export function Toasts() {
  const t = useText();
  const toasts = useToastStore((state) => state.toasts);
  return (
    <section className="toasts no-print" aria-label={t("notices")} aria-live="polite">
      <ul>
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ul>
    </section>
  );
}
