/** The gap between the element and its tip, and the least margin to the window's edge. */
const gap = 6;

/**
 * Places a shown tip against the window, below its element or above when there is no room, and
 * hides it (`hide`) on Escape or when a scroll moves the element away from it. Its own chunk,
 * fetched the first time a tip is shown: a list draws many tips and shows none until asked.
 * Returns the way to undo it when the tip goes.
 */
export function placeTip(target: Element, tip: HTMLElement, hide: () => void): () => void {
  const box = target.getBoundingClientRect();
  const size = tip.getBoundingClientRect();
  const below = box.bottom + gap + size.height <= window.innerHeight;
  const left = Math.min(
    Math.max(gap, box.left + box.width / 2 - size.width / 2),
    window.innerWidth - size.width - gap,
  );
  tip.style.left = `${String(left)}px`;
  tip.style.top = `${String(below ? box.bottom + gap : box.top - gap - size.height)}px`;
  tip.dataset.placed = "";
  // Escape hides the tip and does nothing else (no panel or dialog closes with it): it is
  // caught before anything below the window hears it.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    hide();
  };
  // Placed once, against the window: when a scroll moves the element away from its tip (or a
  // long list gives the element to another row), the tip goes. A scroll that came before the
  // tip was placed (focus bringing the element into view) moved nothing since.
  const onScroll = () => {
    const now = target.getBoundingClientRect();
    if (now.top !== box.top || now.left !== box.left) hide();
  };
  window.addEventListener("keydown", onKey, true);
  window.addEventListener("scroll", onScroll, { capture: true, passive: true });
  return () => {
    window.removeEventListener("keydown", onKey, true);
    window.removeEventListener("scroll", onScroll, { capture: true });
    tip.style.left = "";
    tip.style.top = "";
    delete tip.dataset.placed;
  };
}
