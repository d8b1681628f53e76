import { createElement, lazy, type ComponentProps, type ComponentType } from "react";

import { preloadParser } from "../xjson/load-page";
import type { DashboardView } from "./dashboard/dashboard-view";
import type { FormPage } from "./form/form-page";
import type { ListView } from "./list/list-view";
import type { OkPage } from "./ok-page";
import type { ReportView } from "./report/report-view";

/**
 * The renderer of each kind of page is its own chunk: a list does not carry the form controls
 * or DOMPurify, and neither carries the report's tables and the form fields of its parameters (its
 * charts are chunks of their own again). A renderer is fetched the first time a page of its kind
 * is drawn, or earlier (`preloadPageKind`) when the route already knows what kind of page comes,
 * so its code and the page's data load side by side.
 */
export interface PageKindView<P> {
  /**
   * The renderer: drawn at once when its code is loaded, else it suspends until it is. It is one
   * component throughout, so the page keeps its state (selection, input) when the code arrives.
   */
  View: ComponentType<P>;
  preload: () => Promise<void>;
  /** The renderer, once its code is here. */
  load: () => Promise<ComponentType<P>>;
}

/** A promise that says whether it has settled, so settled code is handed over without waiting. */
type Tracked<T> = Promise<T> & { status?: "pending" | "fulfilled" | "rejected"; value?: T };

/** A renderer's code, loaded once (again after a failure), with its state readable at once. */
function codeOf<P>(load: () => Promise<ComponentType<P>>): Omit<PageKindView<P>, "View"> {
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
  return {
    preload: async () => {
      await get();
    },
    load: get,
  };
}

export const listKind = lazyPageKindView<ComponentProps<typeof ListView>>(
  async () => (await import("./list/list-view")).ListView,
);
export const formKind = lazyPageKindView<ComponentProps<typeof FormPage>>(
  async () => (await import("./form/form-page")).FormPage,
);
const failed = new Set<() => void>();

/**
 * Lets every renderer (and route) whose code failed to load ask for it again when next drawn:
 * called on each navigation, so a failed chunk is not remembered as failed for good.
 */
export function retryFailedCode(): void {
  for (const retry of failed) retry();
  failed.clear();
}

/**
 * Every kind is drawn through `lazy`, not `use`. A renderer read with `use` whose page then meets a
 * part that suspends (a report's chart, whose code is its own chunk) is not drawn at all until that
 * part's code has come, not even with the part's placeholder (React 19; the view fuzz test drew
 * blank reports); and a page changed while the renderer's code was still loading (a menu click
 * right after signing in) stayed on "Loading…" for good. Code that is already here is handed to
 * `lazy` at once, so a preloaded renderer draws in the first render.
 */
export function lazyPageKindView<P>(load: () => Promise<ComponentType<P>>): PageKindView<P> {
  const kind = codeOf(load);
  const makeLazy = (): ComponentType<P> =>
    lazy(() => {
      const code = kind.load() as Tracked<ComponentType<P>>;
      const loaded = code.status === "fulfilled" ? code.value : undefined;
      if (loaded === undefined)
        return code.then(
          (component) => ({ default: component }),
          (error: unknown) => {
            // The failure stands until the next navigation: React draws a suspended page again
            // when its code fails, and a fresh attempt each time would ask for it without end.
            failed.add(() => {
              current = makeLazy();
            });
            throw error;
          },
        );
      // A thenable that answers at once: `lazy` reads the component without waiting a microtask.
      const ready: PromiseLike<{ default: ComponentType<P> }> = {
        then: (resolve) => {
          resolve?.({ default: loaded });
          return ready as never;
        },
      };
      return ready as Promise<{ default: ComponentType<P> }>;
    });
  let current = makeLazy();
  function View(props: P) {
    return createElement(current as ComponentType<object>, props as object);
  }
  return { ...kind, View };
}

export const reportKind = lazyPageKindView<ComponentProps<typeof ReportView>>(
  async () => (await import("./report/report-view")).ReportView,
);
export const dashboardKind = lazyPageKindView<ComponentProps<typeof DashboardView>>(
  async () => (await import("./dashboard/dashboard-view")).DashboardView,
);

/** An `ok` opened as a page: rare (a link to an action), so its code waits until one is drawn. */
export const okKind = lazyPageKindView<ComponentProps<typeof OkPage>>(
  async () => (await import("./ok-page")).OkPage,
);

const byKind: Record<string, { preload: () => Promise<void> } | undefined> = {
  list: listKind,
  form: formKind,
  report: reportKind,
  dashboard: dashboardKind,
};

/**
 * Starts loading the renderer of a page kind (a menu item's `type`) and the parser of its replies,
 * so both load alongside the page's data; unknown kinds are ignored.
 */
export function preloadPageKind(kind: string | undefined): void {
  byKind[kind ?? ""]?.preload().catch(() => undefined);
  preloadParser(kind);
}

/** Loads every renderer: for tests that draw pages without waiting. */
export async function preloadPageKinds(): Promise<void> {
  await Promise.all(
    [listKind, formKind, reportKind, dashboardKind, okKind].map((kind) => kind.preload()),
  );
}
