import { afterEach, describe, expect, it, vi } from "vitest";

import { en } from "./strings-en";
import { ru } from "./strings-ru";

/** A fresh copy of the loader: the test setup has already loaded Russian into the shared one. */
async function freshLoader() {
  vi.resetModules();
  return import("./strings");
}

afterEach(() => {
  vi.doUnmock("./strings-ru");
});

describe("the interface's words", () => {
  it("has the same keys in Russian as in English", () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it("has English at once, and fetches Russian once, on demand", async () => {
    const { loadStrings, stringsOf } = await freshLoader();
    expect(loadStrings("en")).toBeUndefined();
    expect(stringsOf("en").signIn).toBe("Log in");

    const first = loadStrings("ru");
    expect(first).toBeInstanceOf(Promise);
    // Asked twice while it comes: one fetch.
    expect(loadStrings("ru")).toBe(first);
    await first;
    expect(stringsOf("ru").signIn).toBe("Войти");
    expect(loadStrings("ru")).toBeUndefined();
  });

  it("rejects when Russian cannot be fetched, and tries again when asked again", async () => {
    vi.doMock("./strings-ru", () => {
      throw new Error("chunk failed");
    });
    const { loadStrings, stringsOf } = await freshLoader();
    await expect(loadStrings("ru")).rejects.toThrow();
    // Nothing shows a key meanwhile.
    expect(stringsOf("ru").signIn).toBe("Log in");

    vi.doUnmock("./strings-ru");
    await loadStrings("ru");
    expect(stringsOf("ru").signIn).toBe("Войти");
  });
});
