import type { AnchorHTMLAttributes, MouseEvent, Ref } from "react";
import { useHref, useLinkClickHandler } from "react-router";

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

/**
 * A link inside the app: a real `<a href>` (so middle-click, "open in new tab" and copying the
 * address work) that a plain click follows without reloading the page. It is React Router's own
 * recipe (`useHref` + `useLinkClickHandler`) rather than its `Link`, whose prefetching and route
 * discovery serve framework mode only and cost the first screen about 3 KiB of gzip.
 */
export function Link({ to, replace, target, onClick, ...rest }: LinkProps) {
  const href = useHref(to);
  const follow = useLinkClickHandler(to, { replace, target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) follow(event);
      }}
    />
  );
}
