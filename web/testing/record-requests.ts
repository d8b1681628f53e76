import type { SetupServer } from "msw/node";

/**
 * The parameters of every request the app sends to the panel from now on, as the panel reads
 * them (the POSTed body). Bodies are read asynchronously: wait for the count before asserting.
 */
export function recordRequests(server: SetupServer): URLSearchParams[] {
  const bodies: URLSearchParams[] = [];
  server.events.on("request:start", ({ request }) => {
    void request
      .clone()
      .text()
      .then((body: string) => bodies.push(new URLSearchParams(body)));
  });
  return bodies;
}
