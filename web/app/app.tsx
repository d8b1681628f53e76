import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { keepSessionAlive } from "../api/keep-alive";
import { createQueryClient } from "../api/query-client";
import { shareSessionAcrossTabs } from "../api/session-share";
import { useSessionStore } from "../api/session-store";
import { LangContext } from "../ui/lang-context";
import { AppRouter } from "../ui/app-router";
import { resetOnIdentityChange } from "./identity-reset";
import { ViewErrorBoundary } from "../views/view-error-boundary";
import { defaultPanel } from "./config";
import { AppRoutes } from "./router";

/** The composition root: query cache, language and routes. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const lang = useSessionStore((state) => state.lang);
  useEffect(() => {
    const stopSharing = shareSessionAcrossTabs();
    const stopKeepAlive = keepSessionAlive();
    const stopWatching = resetOnIdentityChange(queryClient);
    return () => {
      stopSharing();
      stopKeepAlive();
      stopWatching();
    };
  }, [queryClient]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <QueryClientProvider client={queryClient}>
      <LangContext value={lang}>
        <AppRouter>
          {/* What throws outside a route's own boundary (the gate, the frame) says so, with
              Reload and a way home, instead of leaving a blank tab. */}
          <ViewErrorBoundary home={`/${defaultPanel()}`} document={undefined}>
            <AppRoutes />
          </ViewErrorBoundary>
        </AppRouter>
      </LangContext>
    </QueryClientProvider>
  );
}
