import { useSessionStore } from "../api/session-store";
import { useText } from "../ui/lang-context";

/**
 * Only on paper: what was printed, filtered how, when and by whom, so a printed list or report
 * still says where it came from.
 */
export function PrintFooter({ filter = [], rows }: { filter?: string[]; rows?: string }) {
  const t = useText();
  const username = useSessionStore((state) => state.username);
  const lang = useSessionStore((state) => state.lang);
  const printedAt = new Intl.DateTimeFormat(lang, {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date());
  return (
    <footer className="print-only print-footer">
      {rows && <p>{rows}</p>}
      {filter.length > 0 && (
        <p>
          {t("filtered")}: {filter.join("; ")}
        </p>
      )}
      <p>
        {t("printedBy")} {username} · {printedAt} · {window.location.href}
      </p>
    </footer>
  );
}
