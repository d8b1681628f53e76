import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";

import { createTestQueryClient } from "../testing";
import type { PageModel } from "../xjson/model";
import { parseDashboard } from "../xjson/parse-dashboard";
import { parseForm } from "../xjson/parse-form";
import { preloadPageKinds } from "./page-kinds";
import { drawnPage } from "../testing/page-view";

// Each kind of page is its own chunk; these tests draw them without waiting.
beforeAll(preloadPageKinds);

function draw(page: PageModel) {
  return render(
    <QueryClientProvider client={createTestQueryClient()}>
      <MemoryRouter>{drawnPage(page)}</MemoryRouter>
    </QueryClientProvider>,
  );
}

/** Issue #7: a document with nothing to draw says so instead of leaving a blank page. */
describe("views with nothing to draw", () => {
  it("a dashboard without blocks or title", () => {
    draw(parseDashboard({ $func: "dashboard", metadata: { $type: "dashboard" } }));
    expect(screen.getByText("Nothing here yet.")).toBeVisible();
  });

  it("a display-only form without fields", () => {
    draw(parseForm({ $func: "info", metadata: { $type: "form", form: { $nosubmit: "yes" } } }));
    expect(screen.getByText("Nothing here yet.")).toBeVisible();
  });

  it("but not a form that has only its buttons", () => {
    draw(parseForm({ $func: "confirm", metadata: { $type: "form", form: {} } }));
    expect(screen.queryByText("Nothing here yet.")).toBeNull();
    expect(screen.getByRole("button", { name: /ok/i })).toBeVisible();
  });
});
