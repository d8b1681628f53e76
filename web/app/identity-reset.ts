import type { QueryClient } from "@tanstack/react-query";

import { forgetUrlFilters } from "../api/list-filter";
import { identityOf } from "../api/scope";
import { useSessionStore } from "../api/session-store";
import { storable } from "./start-page";
import { usePrefsStore } from "../stores/prefs-store";
import { useCommandStore } from "../stores/command-store";
import { useFavouritesStore } from "../stores/favourites-store";
import { useTaskStore } from "../stores/task-store";
import { useToastStore } from "../stores/toast-store";
import { clearDrafts } from "../views/form/draft-keys";

/** The panel and identity of a session state: what must match for cached data to be shown. */
function identityKey(state: {
  panel: string;
  status: string;
  username?: string;
  sessionId?: string;
  su?: string;
}) {
  return `${state.panel}|${identityOf(state)}`;
}

/** The long operations of the identity now signed in, or none. */
function loadTasks(state: Parameters<typeof identityKey>[0]) {
  // Stored per user; a user known only by the session id (`#<id>`) gets nothing stored.
  const owner =
    state.status === "anonymous" || !storable(identityOf(state)) ? null : identityKey(state);
  useTaskStore.getState().load(owner);
  useFavouritesStore.getState().load(owner);
}

/**
 * The one place that reacts to a change of identity: a logout here or in another tab, another
 * user signing in after expiry, a key login, entering or leaving "log in as". Everything the old
 * identity could see goes: cached queries, queued and running mutations, form drafts (and
 * selections and typed values, because the signed-in frame is keyed by identity). Signing out
 * also forgets the UI preferences. The same user signing in again after expiry changes nothing.
 * Returns a function that stops watching.
 */
export function resetOnIdentityChange(queryClient: QueryClient): () => void {
  let current = identityKey(useSessionStore.getState());
  loadTasks(useSessionStore.getState());
  return useSessionStore.subscribe((state) => {
    const next = identityKey(state);
    if (next === current) return;
    current = next;
    void queryClient.cancelQueries();
    queryClient.clear();
    clearDrafts();
    forgetUrlFilters();
    useToastStore.getState().clear();
    useCommandStore.getState().clear();
    loadTasks(state);
    if (state.status === "anonymous") usePrefsStore.getState().reset();
  });
}
