import { createElement, use, type ComponentProps, type ComponentType } from "react";

import type { DashboardView } from "./dashboard/dashboard-view";
import type { FormPage } from "./form/form-page";
import type { ListView } from "./list/list-view";

/**
 * The renderer of each kind of page is its own chunk: a list does not carry the form controls
 * or DOMPurify. (Reports stay with the route: their charts are chunks of their own already.) A renderer is fetched the first time a page of its kind is
 * drawn, or earlier (`preloadPageKind`) when the route already knows what kind of page comes,
 * so its code and the page's data load side by side.
 */
export interface PageKindView<P> {
  /**
   * The renderer: drawn at once when its code is loaded, else it suspends until it is. It is one
   * component throughout, so the page keeps its state (selection, input) when the code arrives.
   */
  View: ComponentType<P>;
  preload: () => Promise<void>;
}

/** A promise React's `use` reads at once when it has settled (React's thenable convention). */
type Tracked<T> = Promise<T> & { status?: "pending" | "fulfilled" | "rejected"; value?: T };

function pageKindView<P>(load: () => Promise<ComponentType<P>>): PageKindView<P> {
  let loading: Tracked<ComponentType<P>> | undefined;
  const get = () => {
    if (loading) return loading;
    const promise: Tracked<ComponentType<P>> = load();
    promise.status = "pending";
    promise.then(
      (component) => {
        promise.status = "fulfilled";
        promise.value = component;
      },
      () => {
        promise.status = "rejected";
        // A chunk that failed to load is asked for again next time, not remembered as failed.
        loading = undefined;
      },
    );
    loading = promise;
    return promise;
  };
  function View(props: P) {
    const Component = use(get() as Promise<ComponentType<P>>);
    return createElement(Component as ComponentType<object>, props as object);
  }
  return {
    View,
    preload: async () => {
      await get();
    },
  };
}

export const listKind = pageKindView<ComponentProps<typeof ListView>>(
  async () => (await import("./list/list-view")).ListView,
);
export const formKind = pageKindView<ComponentProps<typeof FormPage>>(
  async () => (await import("./form/form-page")).FormPage,
);
export const dashboardKind = pageKindView<ComponentProps<typeof DashboardView>>(
  async () => (await import("./dashboard/dashboard-view")).DashboardView,
);

const byKind: Record<string, { preload: () => Promise<void> } | undefined> = {
  list: listKind,
  form: formKind,
  dashboard: dashboardKind,
};

/** Starts loading the renderer of a page kind (a menu item's `type`); unknown kinds are ignored. */
export function preloadPageKind(kind: string | undefined): void {
  byKind[kind ?? ""]?.preload().catch(() => undefined);
}

/** Loads every renderer: for tests that draw pages without waiting. */
export async function preloadPageKinds(): Promise<void> {
  await Promise.all([listKind, formKind, dashboardKind].map((kind) => kind.preload()));
}
