/**
 * The recording proxy of `MGR_URL=... MGR_RECORD=<dir> npm start`: a small HTTP server on
 * 127.0.0.1 that forwards every request to the panel (self-signed certificates accepted) and
 * writes each panel reply into <dir>, one file per reply, with an index.json. Passwords, keys and
 * session ids are replaced by placeholders before anything is written (web/mocks/emulator/recording.ts).
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
} from "node:http";
import { request as httpsRequest } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

import {
  isTextual,
  recordingFileName,
  recordingVersion,
  requestParams,
  scrubBody,
  scrubParams,
  secretParams,
  secretValues,
  sessionIdsInBody,
  sessionIdsInCookies,
  type IndexEntry,
  type Recording,
  type RecordingIndex,
} from "../web/mocks/emulator/recording";

export interface RecordProxyOptions {
  /** The panel, e.g. https://panel.example.com:1500. */
  target: string;
  /** The folder the recording goes to (created when missing). */
  dir: string;
  port?: number;
  host?: string;
}

export interface RecordProxy {
  server: Server;
  /** http://127.0.0.1:<port>, for vite's proxy. */
  url: string;
  entries: IndexEntry[];
  close(): Promise<void>;
}

/** A panel endpoint: /dcimgr or /manager/dcimgr (the same rule as vite.config.ts). */
const panelEndpoint = /^\/(?:manager\/)?[a-z][a-z0-9_]*$/;

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      resolve(Buffer.concat(chunks));
    });
    stream.on("error", reject);
  });
}

function headerList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The target without user and password, for the index. */
function publicSource(target: string): string {
  try {
    const url = new URL(target);
    url.username = "";
    url.password = "";
    return url.origin + url.pathname.replace(/\/$/, "");
  } catch {
    return "";
  }
}

function forward(
  target: URL,
  req: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const headers: IncomingHttpHeaders = { ...req.headers, host: target.host };
  // Plain bodies are recorded as text: the panel must not compress them.
  delete headers["accept-encoding"];
  delete headers.connection;
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const upstream = send(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port || undefined,
        method: req.method,
        path: req.url,
        headers,
        rejectUnauthorized: false,
      },
      (res) => {
        readAll(res).then(
          (data) => {
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: data });
          },
          (error: unknown) => {
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      },
    );
    upstream.on("error", reject);
    upstream.end(body);
  });
}

/** Starts the proxy; resolves once it listens. */
export async function startRecordProxy(options: RecordProxyOptions): Promise<RecordProxy> {
  const target = new URL(options.target);
  mkdirSync(options.dir, { recursive: true });
  const entries: IndexEntry[] = [];
  const index: RecordingIndex = {
    version: recordingVersion,
    source: publicSource(options.target),
    entries,
  };
  // Every session id and secret seen so far, so a later reply (a session list) never leaks one.
  const sessionIds = new Set<string>();
  const secrets = new Set<string>();
  let seq = 0;

  const writeIndex = () => {
    const file = join(options.dir, "index.json");
    writeFileSync(`${file}.tmp`, `${JSON.stringify(index, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
  };
  writeIndex();

  const record = async (
    req: IncomingMessage,
    body: Buffer,
    reply: Awaited<ReturnType<typeof forward>>,
  ) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (!panelEndpoint.test(path)) return;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined && name !== "content-length" && name !== "transfer-encoding")
        headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    const method = req.method ?? "GET";
    const request = new Request(`http://recorder${req.url ?? "/"}`, {
      method,
      headers,
      body:
        method !== "GET" && method !== "HEAD" && body.length > 0 ? new Uint8Array(body) : undefined,
    });
    const { params, files } = await requestParams(request);
    const contentType = reply.headers["content-type"] ?? "";
    // A page opened without `out` is the panel's own web page or this app, not a document: the
    // replay answers those with the built app.
    if (params.out === undefined && /^text\/html/i.test(contentType)) return;
    const textual = isTextual(contentType) || contentType === "";
    const text = textual ? reply.body.toString("utf8") : "";
    if (params.auth) sessionIds.add(params.auth);
    for (const id of sessionIdsInCookies(headerList(req.headers.cookie))) sessionIds.add(id);
    for (const id of sessionIdsInCookies(headerList(reply.headers["set-cookie"])))
      sessionIds.add(id);
    for (const id of sessionIdsInBody(text)) sessionIds.add(id);
    // A password equal to the user name (demo accounts) would scrub the name from every page,
    // whether the name came as `username` or as the user half of `authinfo=user:password`.
    const plain = new Set(
      Object.entries(params).flatMap(([name, value]) => (secretParams.has(name) ? [] : [value])),
    );
    const authinfoUser = params.authinfo?.split(":")[0];
    if (authinfoUser) plain.add(authinfoUser);
    for (const secret of secretValues(params)) if (!plain.has(secret)) secrets.add(secret);

    seq += 1;
    const func = params.func ?? "";
    const file = recordingFileName(seq, func);
    const time = new Date().toISOString();
    const scrubbedParams = scrubParams(params);
    const recording: Recording = {
      version: recordingVersion,
      seq,
      time,
      request: { method, path, func, params: scrubbedParams, files },
      reply: textual
        ? { status: reply.status, contentType, body: scrubBody(text, sessionIds, secrets) }
        : {
            status: reply.status,
            contentType,
            body: reply.body.toString("base64"),
            encoding: "base64",
          },
    };
    writeFileSync(join(options.dir, file), `${JSON.stringify(recording, null, 2)}\n`);
    entries.push({ file, seq, time, method, func, params: scrubbedParams, status: reply.status });
    writeIndex();
  };

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const body = await readAll(req);
        const reply = await forward(target, req, body);
        try {
          await record(req, body, reply);
        } catch (error) {
          console.error("record-proxy: could not record", req.url?.split("?")[0], error);
        }
        const headers = { ...reply.headers };
        delete headers["transfer-encoding"];
        delete headers.connection;
        headers["content-length"] = String(reply.body.length);
        res.writeHead(reply.status, headers);
        res.end(reply.body);
      } catch (error) {
        console.error(
          "record-proxy: the panel did not answer:",
          error instanceof Error ? error.message : error,
        );
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
        res.end("Bad gateway\n");
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${address.port}`,
    entries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
