import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { useSessionStore } from "../../api/session-store";
import { parseForm } from "../../xjson/parse-form";
import type { WireNode } from "../../xjson/wire";
import { useDraft } from "./use-draft";

/** A step of an "add server" wizard: its fields, the second one a password when asked. */
function step(withPassword: boolean) {
  const field = (name: string, type: string): WireNode => ({
    $name: name,
    input: [{ $type: type, $name: name }],
  });
  return parseForm({
    $func: "server.add",
    elid: "",
    metadata: {
      $name: "server.add",
      $type: "form",
      form: {
        page: [
          {
            $name: "main",
            field: [field("name", "text"), ...(withPassword ? [field("rootpw", "password")] : [])],
          },
        ],
      },
    },
  });
}

const stored = () =>
  Object.entries(sessionStorage)
    .filter(([key]) => key.startsWith("dci-console.draft."))
    .map(([, value]) => JSON.parse(value) as Record<string, string>);

function signedInAs(username: string) {
  useSessionStore
    .getState()
    .signedIn({ sessionId: `s-${username}`, username, level: 29, viaKey: false });
}

describe("form drafts", () => {
  it("never store the password of a later step or a setvalues reply", () => {
    signedInAs("admin");
    const first = step(false);
    const { result } = renderHook(() => useDraft(first, { name: "" }));
    act(() => {
      result.current.save({ name: "S-R09-01", rootpw: "s3cret!" }, step(true));
    });
    expect(stored()).toEqual([{ name: "S-R09-01" }]);
  });

  it("belong to the identity that typed them", () => {
    signedInAs("admin");
    const form = step(false);
    const typed = renderHook(() => useDraft(form, { name: "" }));
    act(() => {
      typed.result.current.save({ name: "typed by admin" });
    });
    expect(renderHook(() => useDraft(form, { name: "" })).result.current.restored).toEqual({
      name: "typed by admin",
    });
    useSessionStore.getState().enterSu("acme", "/dcimgr/user");
    expect(renderHook(() => useDraft(form, { name: "" })).result.current.restored).toBeUndefined();
  });
});
