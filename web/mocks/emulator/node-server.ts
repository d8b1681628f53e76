import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

import type { Control } from "./control";
import type { Emulator } from "./core";
import { maxBodyBytes } from "./params";

const mimeTypes: Record<string, string> = {
  ".html": "text/html; charset=UTF-8",
  ".js": "text/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".map": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=UTF-8",
};

/** What answers the panel endpoints: the emulator, or a replay of a recording (replay.ts). */
export interface PanelBackend {
  handle: Emulator["handle"];
  readonly config: { readonly panel: string };
}

export interface ServerOptions {
  emulator: PanelBackend;
  /** The built app, served like a theme installed in the panel. */
  distDir?: string;
  /** The control endpoints and fault injection, with EMULATOR_CONTROL=1. */
  control?: Control;
}

function clientAddress(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? "";
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

/** Reads the body, keeping at most one byte over the limit so the core can refuse it. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      if (size > maxBodyBytes) return;
      chunks.push(chunk);
      size += chunk.length;
    });
    req.on("end", () => {
      resolveBody(Buffer.concat(chunks).subarray(0, maxBodyBytes + 1));
    });
    req.on("error", reject);
  });
}

function toRequest(req: IncomingMessage, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === "content-length" || name === "transfer-encoding") continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD" && body.length > 0;
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

function staticFile(distDir: string, path: string): Response | undefined {
  const root = resolve(distDir);
  const file = resolve(join(root, normalize(decodeURIComponent(path))));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  const type = mimeTypes[extname(file)] ?? "application/octet-stream";
  const cache = file.includes(`${root}/assets/`)
    ? "public, max-age=31536000, immutable"
    : "no-cache";
  return new Response(readFileSync(file), {
    headers: { "content-type": type, "cache-control": cache },
  });
}

function isPanelPath(path: string, panel: string): boolean {
  return path === `/${panel}` || path === `/manager/${panel}`;
}

/**
 * Whether a request that matched no file is a view of the app, answered with index.html as the
 * README's nginx example does: every path under `/<panel>/` or `/manager/<panel>/`, dots or not
 * (`/dcimgr/server.edit`), any path without an extension, and any navigation (the browser asks
 * for HTML). Missing hashed assets under `/assets/` stay 404, so a stale page fails loudly.
 */
function isAppView(req: IncomingMessage, path: string, panel: string): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (path.startsWith("/assets/")) return false;
  if (path.startsWith(`/${panel}/`) || path.startsWith(`/manager/${panel}/`)) return true;
  return !extname(path) || (req.headers.accept ?? "").includes("text/html");
}

/** The emulator over real HTTP: the panel endpoints, and the built app when there is one. */
export function createEmulatorServer({ emulator, distDir, control }: ServerOptions): Server {
  return createServer((req, res) => {
    void (async () => {
      try {
        const path = (req.url ?? "/").split("?")[0] ?? "/";
        const request = toRequest(req, await readBody(req));
        const intercepted = await control?.intercept(request, path);
        if (intercepted) {
          await send(res, intercepted);
          return;
        }
        if (isPanelPath(path, emulator.config.panel)) {
          const fault = control?.takeFault() ?? { latencyMs: 0 };
          if (fault.latencyMs > 0)
            await new Promise((resolveDelay) => setTimeout(resolveDelay, fault.latencyMs));
          if (fault.mode === "drop") {
            req.socket.destroy();
            return;
          }
          if (fault.mode === "http502") {
            await send(
              res,
              new Response("Bad gateway\n", {
                status: 502,
                headers: { "content-type": "text/plain" },
              }),
            );
            return;
          }
          const response = await emulator.handle(request, clientAddress(req));
          if (fault.mode === "dropafter") {
            // The panel did the work; the answer is lost on the way back.
            req.socket.destroy();
            return;
          }
          if (fault.mode === "truncate") {
            const body = await response.text();
            res.writeHead(200, {
              "content-type": response.headers.get("content-type") ?? "text/plain",
            });
            res.end(body.slice(0, Math.floor(body.length / 2)));
            return;
          }
          await send(res, response);
          return;
        }
        const file = distDir ? staticFile(distDir, path === "/" ? "/index.html" : path) : undefined;
        if (file) {
          await send(res, file);
          return;
        }
        const spa =
          distDir && isAppView(req, path, emulator.config.panel)
            ? staticFile(distDir, "/index.html")
            : undefined;
        await send(
          res,
          spa ??
            new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain" } }),
        );
      } catch (error) {
        console.error("emulator: failed to answer", error);
        if (!res.headersSent) res.writeHead(400, { "content-type": "text/plain" });
        res.end("Bad request\n");
      }
    })();
  });
}
