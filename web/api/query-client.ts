import { QueryClient } from "@tanstack/react-query";

import { isTransient } from "./errors";

/** How long an answer is taken as current: a view opened again within it is drawn without asking. */
export const freshMs = 30_000;

/**
 * The app's QueryClient. Only transport failures are retried (twice): an mgr5 error document
 * or an expired session answers the same way every time. Structural sharing is off: models hold
 * prototype-free maps, which it would copy into plain objects (where a `__proto__` name from the
 * panel becomes a prototype), and a 10,000-row page is cheaper replaced than compared.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: freshMs,
        structuralSharing: false,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => isTransient(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
