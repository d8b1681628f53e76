import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { signIn } from "../api/auth";
import { App } from "../app/app";

/** Signs in through the door (not the form) and opens the app at `path`. */
export async function openSignedIn(path: string, username = "admin", password = username) {
  await signIn({ username, password, lang: "en" });
  window.history.replaceState(null, "", path);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}
