import { MgrFault } from "./errors";

export const maxBodyBytes = 1024 * 1024;

export type Params = Record<string, string>;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function add(params: Params, name: string, value: string): void {
  // A repeated name is a multiple select: mgr5 joins the values with ", ".
  params[name] = name in params ? `${params[name] ?? ""}, ${value}` : value;
}

/** Decodes a urlencoded string, refusing malformed escapes and invalid UTF-8. */
export function parseUrlEncoded(raw: string, into: Params = {}): Params {
  for (const pair of raw.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const rawName = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? "" : pair.slice(eq + 1);
    try {
      const name = decodeURIComponent(rawName.replace(/\+/g, " "));
      const value = decodeURIComponent(rawValue.replace(/\+/g, " "));
      if (name !== "") add(into, name, value);
    } catch {
      throw new MgrFault("value", "body", rawName.slice(0, 64), "value.body");
    }
  }
  return into;
}

function queryOf(url: string): string {
  const start = url.indexOf("?");
  if (start === -1) return "";
  const end = url.indexOf("#", start);
  return url.slice(start + 1, end === -1 ? undefined : end);
}

async function bodyParams(request: Request): Promise<Params> {
  if (request.method !== "POST" && request.method !== "PUT") return {};
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBodyBytes) throw new MgrFault("value", "body", "", "value.body");
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBodyBytes) throw new MgrFault("value", "body", "", "value.body");
  if (bytes.byteLength === 0) return {};
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { "content-type": type } }).formData();
    } catch {
      throw new MgrFault("value", "body", "", "value.body");
    }
    const params: Params = {};
    for (const [name, value] of form.entries())
      add(params, name, typeof value === "string" ? value : value.name);
    return params;
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new MgrFault("value", "body", "", "value.body");
  }
  return parseUrlEncoded(text);
}

/**
 * The request's parameters: the query string and the body merged, the body winning
 * (mgr5-protocol.md §1.1). Throws a `value` fault for anything that cannot be read.
 */
export async function readParams(request: Request): Promise<Params> {
  const query = parseUrlEncoded(queryOf(request.url));
  const body = await bodyParams(request);
  return { ...query, ...body };
}

export function readCookies(request: Request): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}
