import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { signIn } from "../api/auth";
import { rememberView } from "../api/view-guard";
import { App } from "../app/app";

/**
 * Signs in through the door (not the form) and opens the app at `path`, as if the console had
 * linked to it; `cold` opens it as an address typed or pasted in, which the view guard questions.
 */
export async function openSignedIn(
  path: string,
  username = "admin",
  password = username,
  { cold = false }: { cold?: boolean } = {},
) {
  await signIn({ username, password, lang: "en" });
  const [panel, func] = new URL(path, "http://console.test").pathname.split("/").filter(Boolean);
  if (!cold && panel && func) rememberView(panel, func);
  window.history.replaceState(null, "", path);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}
