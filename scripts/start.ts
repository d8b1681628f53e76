/**
 * `npm start`: the embedded emulator on 127.0.0.1:1500 and the app with /<panel> proxied to it.
 * With MGR_URL set, the app is proxied to that panel instead and no emulator starts.
 * With MGR_RECORD=<dir> as well, every panel request and reply is recorded into <dir>
 * (scripts/record-proxy.ts) for `npm run emulator -- --replay <dir>`.
 */
import { createServer } from "vite";

import { startEmulator } from "../web/mocks/emulator/main";
import { startRecordProxy } from "./record-proxy";

async function main(): Promise<void> {
  const panelUrl = process.env.MGR_URL;
  if (panelUrl === undefined) {
    const port = Number(process.env.EMULATOR_PORT ?? "1500");
    await startEmulator({ port, host: "127.0.0.1" });
    process.env.MGR_URL = `http://127.0.0.1:${port}`;
  } else {
    console.log(`Panel: ${panelUrl} (MGR_URL); no emulator started.`);
  }
  const recordDir = process.env.MGR_RECORD;
  if (recordDir !== undefined && recordDir !== "") {
    const proxy = await startRecordProxy({
      target: process.env.MGR_URL ?? "http://127.0.0.1:1500",
      dir: recordDir,
    });
    console.log(`Recording every panel reply into ${recordDir} (MGR_RECORD), secrets removed.`);
    process.env.MGR_URL = proxy.url;
  }
  const vite = await createServer({ configFile: "vite.config.ts" });
  await vite.listen();
  console.log("\nDCI Console:");
  vite.printUrls();
  console.log("Open it and log in; Ctrl+C stops everything.");
}

main().catch((error: unknown) => {
  console.error("start failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
