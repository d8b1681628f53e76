import type { AnchorHTMLAttributes, MouseEvent, Ref } from "react";
import { useLocation } from "react-router";

import { navigate } from "./navigation";

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /**
   * An address inside the app, from its root: with no route matches to resolve against, a
   * relative one would mean something else than where it was written. The type does not keep out
   * `//host`: an address from history state or storage goes through `appAddress` first.
   */
  to: `/${string}`;
  replace?: boolean;
  ref?: Ref<HTMLAnchorElement>;
}

/** A click the browser should handle itself: another button, a modifier, another window. */
function leftToBrowser(event: MouseEvent, target: string | undefined): boolean {
  const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
  return event.button !== 0 || modified || (Boolean(target) && target !== "_self");
}

/**
 * A link inside the app: a real `<a href>` (so middle-click, "open in new tab" and copying the
 * address work) that a plain click follows without reloading the page, as React Router's `Link`
 * does. A link to where the tab already is replaces the entry, so Back does not stay in place.
 */
export function Link({ to, replace, target, onClick, ...rest }: LinkProps) {
  const { pathname, search, hash } = useLocation();
  return (
    <a
      {...rest}
      href={to}
      target={target}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (event.defaultPrevented || leftToBrowser(event, target)) return;
        event.preventDefault();
        navigate(to, { replace: replace ?? to === `${pathname}${search}${hash}` });
      }}
    />
  );
}
