/**
 * The emulator and the list model in Node, no browser: what a 10,000-row page costs to answer,
 * parse and model, and how fast sorting and filtering 100,000 servers is answered.
 */
import { createEmulator } from "../../web/mocks/emulator/core";
import { docOf } from "../../web/xjson/parse-page";
import { parseList } from "../../web/xjson/parse-list";
import { median, type Results } from "./results";

async function timeIt(runs: number, work: (run: number) => unknown): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work(run);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

type Emulator = ReturnType<typeof createEmulator>;

async function call(emulator: Emulator, query: string): Promise<string> {
  const request = new Request(`http://bench/dcimgr?out=xjson&${query}`);
  return (await emulator.handle(request, "127.0.0.1")).text();
}

export async function tenThousandRows(results: Results): Promise<void> {
  const emulator = createEmulator({ extraServers: 10_000 });
  const page = "authinfo=admin:admin&func=server&p_cnt=10000";
  const answer = await call(emulator, page);
  results.add("10,000-row reply size", answer.length / 1024 / 1024, "MiB", 8);
  results.add("emulator: 10,000-row page", await timeIt(5, () => call(emulator, page)), "ms", 1500);
  results.add("JSON.parse of the reply", await timeIt(10, () => JSON.parse(answer)), "ms", 150);
  const body: unknown = JSON.parse(answer);
  results.add("reply to list model", await timeIt(10, () => parseList(docOf(body))), "ms", 150);
  const small = "authinfo=admin:admin&func=whoami";
  results.add("emulator: small request", await timeIt(200, () => call(emulator, small)), "ms", 5);
}

/**
 * Sort and filter of 100,000 servers, with a real session (a filter lives in the session). The
 * one-row page isolates the emulator's sort/filter from writing a 10,000-row reply.
 */
export async function hundredThousandServers(results: Results): Promise<void> {
  const emulator = createEmulator({ extraServers: 100_000 });
  const auth = await call(emulator, "func=auth&username=admin&password=admin");
  const session = /"\$id":"([^"]+)"/.exec(auth)?.[1] ?? "";
  const as = (query: string) => call(emulator, `auth=${session}&${query}`);
  const sort = (size: number) => (run: number) =>
    as(`func=server&p_cnt=${size}&p_col=${run % 2 ? "-" : "%2B"}name`);
  results.add("emulator: sort 100k, 10,000-row page", await timeIt(5, sort(10_000)), "ms", 100);
  results.add("emulator: sort 100k, one-row page", await timeIt(5, sort(1)), "ms");
  const filter = (size: number) => async (run: number) => {
    await as(`func=server.filter&sok=ok&name=R${10 + (run % 40)}`);
    await as(`func=server&p_cnt=${size}`);
  };
  results.add("emulator: filter 100k, 10,000-row page", await timeIt(5, filter(10_000)), "ms", 100);
  results.add("emulator: filter 100k, one-row page", await timeIt(5, filter(1)), "ms");
  await as("func=server.filter&drop=on&sok=ok");
}
