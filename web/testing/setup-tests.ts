import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";

import { useSessionStore } from "../api/session-store";
import { usePrefsStore } from "../stores/prefs-store";
import { loadStrings } from "../ui/strings";

const isDom = typeof window !== "undefined";

// Russian's words load once here, so a test switches language at once, as it always did; the
// wait for them is tested in lang-switch.test.tsx.
beforeAll(async () => {
  await loadStrings("ru");
});

afterEach(() => {
  if (!isDom) return;
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  usePrefsStore.getState().reset();
  useSessionStore.getState().signedOut();
  useSessionStore.setState({ panel: "dcimgr", lang: "en" });
});
