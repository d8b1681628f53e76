import { useState } from "react";

import { useSessionStore, type Lang } from "../api/session-store";

/**
 * The language a language select shows, and how to choose one. The store switches only once the
 * words of the new language are here; meanwhile the select shows the choice, not the language it
 * came from, and shows the old one again if those words cannot be had.
 */
export function useLangChoice(): [Lang, (lang: Lang) => void] {
  const lang = useSessionStore((state) => state.lang);
  const setLang = useSessionStore((state) => state.setLang);
  const [chosen, setChosen] = useState<Lang>();
  const choose = (next: Lang) => {
    setChosen(next);
    void setLang(next).finally(() => {
      setChosen((current) => (current === next ? undefined : current));
    });
  };
  return [chosen ?? lang, choose];
}
