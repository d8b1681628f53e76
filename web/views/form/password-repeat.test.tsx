import { describe, expect, it } from "vitest";

import { screen, setupMockPanel, waitFor } from "../../testing";
import { openSignedIn } from "../../testing/app-session";
import { recordRequests } from "../../testing/record-requests";

const { emulator, server } = setupMockPanel();

describe("a password repeated in a form (checkpasswd)", () => {
  it("is checked by the form before anything is sent, and the repeat is sent once it matches", async () => {
    const requests = recordRequests(server);
    const { user } = await openSignedIn("/dcimgr/user.edit");
    await user.type(await screen.findByLabelText(/^Username/), "carol");
    await user.type(screen.getByLabelText(/^Password/), "Corr3ct-horse");
    await user.type(screen.getByLabelText(/^Repeat the password/), "Corr3ct-hose");
    const before = requests.length;
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("The passwords do not match")).toBeVisible();
    expect(screen.getByLabelText(/^Repeat the password/)).toHaveFocus();
    expect(requests.slice(before).filter((request) => request.get("sok") === "ok")).toEqual([]);

    await user.clear(screen.getByLabelText(/^Repeat the password/));
    await user.type(screen.getByLabelText(/^Repeat the password/), "Corr3ct-horse");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => {
      expect(emulator.state.users.map((user) => user.name)).toContain("carol");
    });
  });
});
