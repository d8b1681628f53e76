import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClientProvider } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";

import { signIn } from "../../api/auth";
import { createTestQueryClient, screen, setupMockPanel, waitFor } from "../../testing";
import { parseForm } from "../../xjson/parse-form";
import type { WireNode } from "../../xjson/wire";
import { FormView } from "./form-view";

const { emulator } = setupMockPanel();

/** A form whose `hostname` asks the panel for a `fqdn` as it is typed (§6.6). */
function formDoc(values: Record<string, string>, mode = "yes"): WireNode {
  return {
    $func: "demo.edit",
    metadata: {
      $type: "form",
      form: {
        field: [
          { $name: "hostname", input: [{ $name: "hostname", $setvalues: mode }] },
          { $name: "fqdn", input: [{ $name: "fqdn" }] },
          { $name: "note", input: [{ $name: "note" }] },
        ],
      },
    },
    messages: { msg: { hostname: "Host name", fqdn: "Full name", note: "Note" } },
    ...Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { $: value }])),
  };
}

/** Answers setvalues requests after `delayMs`, with the full name made of the host name sent. */
function answerSetvalues(delayMs: number) {
  const asked: URLSearchParams[] = [];
  const answer = emulator.handle.bind(emulator);
  vi.spyOn(emulator, "handle").mockImplementation(async (request, ip) => {
    const params = new URLSearchParams(await request.clone().text());
    if (params.get("func") !== "demo.edit") return answer(request, ip);
    asked.push(params);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const host = params.get("hostname") ?? "";
    return Response.json({
      doc: formDoc({ hostname: host, fqdn: `${host}.example.com`, note: "from the panel" }),
    });
  });
  return asked;
}

async function renderForm(mode?: string) {
  await signIn({ username: "admin", password: "admin", lang: "en" });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <FormView
        form={parseForm(formDoc({ hostname: "", fqdn: "", note: "" }, mode))}
        onDone={vi.fn()}
        onOpen={vi.fn()}
        onWindow={vi.fn(() => true)}
      />
    </QueryClientProvider>,
  );
  return user;
}

describe("setvalues", () => {
  it("asks once for ten quick keystrokes, and fills in what the panel answers", async () => {
    const asked = answerSetvalues(0);
    const user = await renderForm();
    await user.type(screen.getByLabelText("Host name"), "web1-rack9");
    await waitFor(() => {
      expect(screen.getByLabelText("Full name")).toHaveValue("web1-rack9.example.com");
    });
    expect(asked.length).toBeLessThanOrEqual(2);
    expect(asked.at(-1)?.get("sv_field")).toBe("hostname");
    expect(asked.at(-1)?.get("hostname")).toBe("web1-rack9");
  });

  it("never overwrites what was typed after the request left", async () => {
    answerSetvalues(300);
    const user = await renderForm();
    await user.type(screen.getByLabelText("Host name"), "db1");
    // The request leaves after the typing pause; meanwhile the note is typed.
    await new Promise((resolve) => setTimeout(resolve, 450));
    await user.type(screen.getByLabelText("Note"), "mine");
    await waitFor(() => {
      expect(screen.getByLabelText("Full name")).toHaveValue("db1.example.com");
    });
    expect(screen.getByLabelText("Note")).toHaveValue("mine");
  });

  it("asks only when a final field is left, not while it is typed", async () => {
    const asked = answerSetvalues(0);
    const user = await renderForm("final");
    await user.type(screen.getByLabelText("Host name"), "edge7");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(asked).toHaveLength(0);
    await user.tab();
    await waitFor(() => {
      expect(screen.getByLabelText("Full name")).toHaveValue("edge7.example.com");
    });
    expect(asked).toHaveLength(1);
  });
});
