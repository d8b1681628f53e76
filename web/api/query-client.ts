import { QueryClient } from "@tanstack/react-query";

import { isTransient } from "./errors";

/**
 * The app's QueryClient. Only transport failures are retried (twice): an mgr5 error document
 * or an expired session answers the same way every time.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => isTransient(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
