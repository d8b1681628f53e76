import {
  cloneElement,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactElement,
} from "react";
import { createPortal } from "react-dom";

interface TooltipProps {
  /** The text; without one the child is drawn alone. */
  text: string | undefined;
  /**
   * Whether the text describes the child for screen readers (`aria-describedby`). Off when the
   * child's name already says it (a status pill named by its hint), so it is not heard twice.
   */
  describes?: boolean;
  children: ReactElement<{ "aria-describedby"?: string }>;
}

/** How long the pointer rests before the tip shows; focus shows it at once. */
const restMs = 400;
/** How long the tip stays after the pointer leaves the element. */
const leaveMs = 150;
/** The gap between the element and its tip, and the least margin to the window's edge. */
const gap = 6;

/**
 * A tip shown on hover and on keyboard focus (WAI-ARIA tooltip pattern). It stays while the
 * pointer is over the element or the tip, Escape hides it (WCAG 1.4.13), and it is placed
 * against the window, so a table cell or a scrolling box never clips it. On touch screens there
 * is no hover: what a tip says must also be available otherwise (a name or a description).
 */
export function Tooltip({ text, describes = true, children }: TooltipProps) {
  const id = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const timer = useRef(0);
  const [shown, setShown] = useState(false);
  const [place, setPlace] = useState<CSSProperties>({});

  const show = useCallback((delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setShown(true);
    }, delay);
  }, []);
  const hide = useCallback((delay = 0) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setShown(false);
    }, delay);
  }, []);

  // Placed before the browser paints, so the tip never shows where it was last time.
  useLayoutEffect(() => {
    if (!shown) return;
    const target = anchor.current?.firstElementChild ?? anchor.current;
    const box = target?.getBoundingClientRect();
    const size = tip.current?.getBoundingClientRect();
    if (!target || !box || !size) return;
    const below = box.bottom + gap + size.height <= window.innerHeight;
    const left = Math.min(
      Math.max(gap, box.left + box.width / 2 - size.width / 2),
      window.innerWidth - size.width - gap,
    );
    setPlace({ left, top: below ? box.bottom + gap : box.top - gap - size.height });
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
    };
  }, [shown, hide]);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );

  if (!text) return children;
  const described = describes
    ? [children.props["aria-describedby"], id].filter(Boolean).join(" ")
    : children.props["aria-describedby"];
  return (
    <span
      ref={anchor}
      className="tooltip-anchor"
      onPointerEnter={() => {
        show(restMs);
      }}
      // A moment's grace, so the pointer can cross the gap onto the tip and stay there.
      onPointerLeave={() => {
        hide(leaveMs);
      }}
      onFocus={() => {
        show(0);
      }}
      onBlur={() => {
        hide();
      }}
    >
      {cloneElement(children, { "aria-describedby": described })}
      {/* A tip that describes its element is always there, for screen readers; another only
          while shown: a long list has one per status pill. */}
      {(describes || shown) &&
        createPortal(
          // In the body, so no scrolling box that contains its paint (a long list) clips or moves it.
          <span
            ref={tip}
            id={id}
            role="tooltip"
            aria-hidden={describes ? undefined : true}
            className={shown ? "tooltip tooltip-shown" : "tooltip"}
            style={shown ? place : undefined}
          >
            {text}
          </span>,
          document.body,
        )}
    </span>
  );
}
