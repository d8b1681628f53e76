import { MgrFault } from "./errors";

export const maxBodyBytes = 1024 * 1024;

export type Params = Record<string, string>;

/** A file part of a multipart body (mgr5-protocol.md §6.10). */
export interface UploadedFile {
  /** The parameter (input) name it came under. */
  field: string;
  name: string;
  type: string;
  size: number;
  bytes: Uint8Array;
}

export interface RequestData {
  params: Params;
  files: UploadedFile[];
}

const lenientUtf8 = new TextDecoder("utf-8");

/** An uploaded file's content as text (invalid UTF-8 becomes U+FFFD). */
export function fileText(file: UploadedFile): string {
  return lenientUtf8.decode(file.bytes);
}

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

async function bodyParams(request: Request): Promise<RequestData> {
  const none: RequestData = { params: {}, files: [] };
  if (request.method !== "POST" && request.method !== "PUT") return none;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBodyBytes) throw new MgrFault("value", "body", "", "value.body");
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBodyBytes) throw new MgrFault("value", "body", "", "value.body");
  if (bytes.byteLength === 0) return none;
  const header = request.headers.get("content-type") ?? "";
  const type = header.toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      // The boundary is case-sensitive (browsers send ----WebKitFormBoundaryAbC...).
      form = await new Response(bytes, { headers: { "content-type": header } }).formData();
    } catch {
      throw new MgrFault("value", "body", "", "value.body");
    }
    const params: Params = {};
    const files: UploadedFile[] = [];
    for (const [name, value] of form.entries()) {
      if (typeof value === "string") {
        add(params, name, value);
        continue;
      }
      // A file input left empty still sends a part with no name and no content.
      if (value.name === "" && value.size === 0) continue;
      // The parameter holds the file name, as a browser's file input value does; the content
      // is read as bytes and, by the functions that want it, as text.
      add(params, name, value.name);
      files.push({
        field: name,
        name: value.name.slice(0, 255),
        type: value.type,
        size: value.size,
        bytes: new Uint8Array(await value.arrayBuffer()),
      });
    }
    return { params, files };
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new MgrFault("value", "body", "", "value.body");
  }
  return { params: parseUrlEncoded(text), files: [] };
}

/**
 * The request's parameters: the query string and the body merged, the body winning
 * (mgr5-protocol.md §1.1). Throws a `value` fault for anything that cannot be read.
 */
export async function readRequest(request: Request): Promise<RequestData> {
  const query = parseUrlEncoded(queryOf(request.url));
  const body = await bodyParams(request);
  return { params: { ...query, ...body.params }, files: body.files };
}

/** The request's parameters only (see readRequest). */
export async function readParams(request: Request): Promise<Params> {
  return (await readRequest(request)).params;
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
