import { createEmulator, type Emulator, type EmulatorOptions } from "../mocks/emulator/core";

export type Doc = Record<string, any>;

/** A test client for the core: JSON replies, a fixed client address, an optional fixed clock. */
export function testPanel(options: EmulatorOptions = {}) {
  let now = 1_780_000_000_000;
  const emulator: Emulator = createEmulator({ now: () => now, ...options });
  const ip = "192.0.2.10";
  const call = async (params: Record<string, string>, clientIp = ip): Promise<Doc> => {
    const body = new URLSearchParams({ out: "json", ...params });
    const response = await emulator.handle(
      new Request("http://panel.test/dcimgr", { method: "POST", body }),
      clientIp,
    );
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    return ((await response.json()) as { doc: Doc }).doc;
  };
  return {
    emulator,
    call,
    as: (user: string) => (params: Record<string, string>) =>
      call({ authinfo: `${user}:${user}`, ...params }),
    tick: (ms: number) => {
      now += ms;
    },
    snapshot: () => JSON.stringify(emulator.state),
  };
}

export function rows(doc: Doc): any[] {
  if (doc.elem === undefined) return [];
  return Array.isArray(doc.elem) ? doc.elem : [doc.elem];
}

export function column(doc: Doc, name: string): string[] {
  return rows(doc).map((row) => row[name]?.$ ?? "");
}
