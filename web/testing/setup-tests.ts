import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

import { useSessionStore } from "../api/session-store";
import { usePrefsStore } from "../stores/prefs-store";

const isDom = typeof window !== "undefined";

afterEach(() => {
  if (!isDom) return;
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  usePrefsStore.getState().reset();
  useSessionStore.getState().signedOut();
  useSessionStore.setState({ panel: "dcimgr", lang: "en" });
});
