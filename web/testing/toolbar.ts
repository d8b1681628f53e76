import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

/**
 * A toolbar action folded into a group's menu, found as a user finds it: open the menu by its
 * name, then the entry. The entry is returned, to click or to check why it is unavailable.
 */
export async function menuEntry(user: UserEvent, menu: string, entry: string) {
  await user.click(screen.getByRole("button", { name: menu }));
  return screen.getByRole("menuitem", { name: entry });
}
