import { NetworkError } from "./errors";

/** How much of an upload has left the browser, 0 to 1. */
export type UploadProgress = (fraction: number) => void;

/**
 * POSTs a multipart body (forms with file inputs, mgr5-protocol.md §6.10) and reports how much of
 * it was sent. XMLHttpRequest, because fetch cannot report upload progress. Failures are the
 * door's typed errors, as with every other request.
 */
export function postMultipart(
  url: string,
  body: FormData,
  signal: AbortSignal | undefined,
  onProgress: UploadProgress | undefined,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.withCredentials = true;
    request.setRequestHeader("accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status < 200 || request.status >= 300)
        reject(new NetworkError(`The panel answered HTTP ${request.status}`, request.status));
      else {
        onProgress?.(1);
        resolve(request.responseText);
      }
    };
    request.onerror = () => {
      reject(new NetworkError("The panel could not be reached"));
    };
    request.onabort = () => {
      reject(
        signal?.reason instanceof Error ? signal.reason : new DOMException("Aborted", "AbortError"),
      );
    };
    if (signal?.aborted) {
      request.onabort(new ProgressEvent("abort"));
      return;
    }
    const abort = () => {
      request.abort();
    };
    signal?.addEventListener("abort", abort, { once: true });
    request.onloadend = () => {
      signal?.removeEventListener("abort", abort);
    };
    request.send(body);
  });
}
