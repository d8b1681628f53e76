import { QueryClient } from "@tanstack/react-query";

import { isTransient } from "./errors";

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
        staleTime: 30_000,
        structuralSharing: false,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => isTransient(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
