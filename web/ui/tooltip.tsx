import {
  cloneElement,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactElement,
} from "react";
import { createPortal } from "react-dom";

import type { placeTip } from "./tooltip-place";

/** The placement code once it has come: every tip after the first is placed at once. */
let placement: { placeTip: typeof placeTip } | undefined;

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

  // Placed before the browser paints, so the tip never shows where it was last time; the first
  // time, once its code has come (until then it stays hidden).
  const [placer, setPlacer] = useState(() => placement);
  useLayoutEffect(() => {
    if (!shown) return;
    const target = anchor.current?.firstElementChild ?? anchor.current;
    if (!target || !tip.current) return;
    const code = placer ?? placement;
    if (code) return code.placeTip(target, tip.current, hide);
    let live = true;
    import("./tooltip-place").then(
      (loaded) => {
        placement = loaded;
        if (live) setPlacer(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [shown, hide, placer]);

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
          >
            {text}
          </span>,
          document.body,
        )}
    </span>
  );
}
