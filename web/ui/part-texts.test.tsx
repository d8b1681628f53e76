import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { LangContext, useText } from "./lang-context";
import { fillMarks } from "./fill-marks";
import { partTexts } from "./part-texts";

describe("a part's own words", () => {
  it("fill their marks with the values given, and leave a mark without one as it is", () => {
    expect(fillMarks("{action}: {done} of {total} done", { action: "Reboot", done: 2 })).toBe(
      "Reboot: 2 of {total} done",
    );
  });

  it("take a value from the panel as text, never as a pattern", () => {
    // String.replace would read `$&` as "the matched text" and `$'` as "what follows".
    expect(fillMarks("{action}: done", { action: "Pay $& go $'" })).toBe("Pay $& go $': done");
    expect(fillMarks("{a}", { a: "{b}", b: "x" })).toBe("{b}");
  });

  it("are read in the tab's language", () => {
    const useWords = partTexts({
      en: { running: "{count} running" },
      ru: { running: "Выполняется: {count}" },
    });
    function Badge() {
      return <p>{useWords()("running", { count: 3 })}</p>;
    }
    const { rerender } = render(
      <LangContext value="en">
        <Badge />
      </LangContext>,
    );
    expect(screen.getByText("3 running")).toBeVisible();
    rerender(
      <LangContext value="ru">
        <Badge />
      </LangContext>,
    );
    expect(screen.getByText("Выполняется: 3")).toBeVisible();
  });

  it("are filled the same way as the shared words", () => {
    function Acting() {
      return <p>{useText()("actingAs", { user: "$&cme" })}</p>;
    }
    render(<Acting />);
    expect(screen.getByText("Acting as $&cme")).toBeVisible();
  });
});
