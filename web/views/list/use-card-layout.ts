import { useSyncExternalStore } from "react";

/** The layout of cards-phone.css: a list's rows are cards, each with its own menu. */
const cardsQuery = "screen and (max-width: 640px)";

let media: MediaQueryList | undefined;
/** Kept from the query's change events, so a render does not ask the browser each time. */
let cards = false;

function cardsMedia(): MediaQueryList | undefined {
  if (media === undefined && typeof window.matchMedia === "function") {
    media = window.matchMedia(cardsQuery);
    cards = media.matches;
    // Before any subscriber's listener, which reads the new value.
    media.addEventListener("change", (event) => {
      cards = event.matches;
    });
  }
  return media;
}

function subscribe(onChange: () => void): () => void {
  const list = cardsMedia();
  list?.addEventListener("change", onChange);
  return () => {
    list?.removeEventListener("change", onChange);
  };
}

function snapshot(): boolean {
  // Without media queries (a test's document) the menu is drawn and the style sheet decides.
  return cardsMedia() === undefined || cards;
}

/**
 * Whether a list is drawn as cards (a phone). Only then has a row its own menu: elsewhere the
 * menu is hidden, and making it for every row drawn cost each frame of a long page's scroll.
 */
export function useCardLayout(): boolean {
  return useSyncExternalStore(subscribe, snapshot);
}
